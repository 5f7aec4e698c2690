package no.concerntrail.conversations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.concerntrail.testing.DeployedDatabaseProfile;
import no.concerntrail.testing.DeployedDatabaseTest;

/** A database made by conversation-service's migrations before the platform owned its tables still works. */
@QuarkusTest
@TestProfile(DeployedDatabaseUpgradeTest.Deployed.class)
class DeployedDatabaseUpgradeTest extends DeployedDatabaseTest {

    /**
     * As deployed: V1, V4 and V5 made platform tables with the very DDL the platform has now; V3 (known_concern and
     * processed_event) and V6 (known_concern's level) exist nowhere else, so they are kept verbatim in db/deployed.
     */
    public static class Deployed extends DeployedDatabaseProfile {
        public Deployed() {
            super("conversation-service", Map.of(
                    "V1__event_store.sql", "db/platform/V1__event_store.sql",
                    "V2__conversation_views.sql", "db/migration/V2__conversation_views.sql",
                    "V3__known_concerns.sql", "db/deployed/V3__known_concerns.sql",
                    "V4__idempotency_key.sql", "db/platform/V2__idempotency_key.sql",
                    "V5__personal_data_access.sql", "db/platform/V3__personal_data_access.sql",
                    "V6__known_concern_level.sql", "db/deployed/V6__known_concern_level.sql"));
        }
    }

    DeployedDatabaseUpgradeTest() {
        super(new Deployed());
    }
}
