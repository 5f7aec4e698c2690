package no.concerntrail.cases;

import no.concerntrail.testing.ServiceTestProfile;

/** case-service on the shared real infrastructure. */
public class CaseServiceInfra extends ServiceTestProfile {

    public CaseServiceInfra() {
        super("case-service");
    }
}
