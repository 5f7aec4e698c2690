package no.concerntrail.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.concerntrail.testing.DeployedDatabaseProfile;
import no.concerntrail.testing.DeployedDatabaseTest;

/** A database made by case-service's migrations before the platform owned its tables still works. */
@QuarkusTest
@TestProfile(DeployedDatabaseUpgradeTest.Deployed.class)
class DeployedDatabaseUpgradeTest extends DeployedDatabaseTest {

    /** As deployed: V1, V3, V4 and V5 made the platform's tables with the very DDL the platform has now. */
    public static class Deployed extends DeployedDatabaseProfile {
        public Deployed() {
            super("case-service", Map.of(
                    "V1__event_store.sql", "db/platform/V1__event_store.sql",
                    "V2__concern_view.sql", "db/migration/V2__concern_view.sql",
                    "V3__idempotency_key.sql", "db/platform/V2__idempotency_key.sql",
                    "V4__personal_data_access.sql", "db/platform/V3__personal_data_access.sql",
                    "V5__processed_event.sql", "db/platform/V4__processed_event.sql",
                    "V6__concern_timeline.sql", "db/migration/V6__concern_timeline.sql"));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return CaseServiceInfra.analyticsSecret();
        }
    }

    DeployedDatabaseUpgradeTest() {
        super(new Deployed());
    }
}
