package no.concerntrail.cases;

import java.util.Map;
import no.concerntrail.testing.AnalyticsSecretForTests;
import no.concerntrail.testing.ServiceTestProfile;

/** case-service on the shared real infrastructure, with the test JVM's analytics secret. */
public class CaseServiceInfra extends ServiceTestProfile {

    public CaseServiceInfra() {
        super("case-service");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return analyticsSecret();
    }

    /** case-service does not start without the secret its analysts' pseudonyms are made under. */
    public static Map<String, String> analyticsSecret() {
        return AnalyticsSecretForTests.config();
    }
}
