package no.concerntrail.cases.access;

import java.util.ArrayList;
import java.util.List;
import no.concerntrail.cases.CaseServiceInfra;

/** case-service on the shared real infrastructure, with the other services as {@link OtherServicesStub} answers. */
public class AccessReportInfra extends CaseServiceInfra {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(OtherServicesStub.class));
        return resources;
    }
}
