package no.concerntrail.cases;

import java.util.Map;
import no.concerntrail.local.KeyMaterial;
import no.concerntrail.local.QuarkusConfig;
import no.concerntrail.testing.ServiceTestProfile;

/** case-service on the shared real infrastructure, with a pseudonym secret of its own. */
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
        return QuarkusConfig.analytics(KeyMaterial.generate(), "test");
    }
}
