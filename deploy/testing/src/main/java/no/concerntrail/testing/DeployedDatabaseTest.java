package no.concerntrail.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import no.concerntrail.platform.schema.PlatformSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A service started on a database of its deployed migrations ({@link DeployedDatabaseProfile}) migrates it to
 * exactly the schema a fresh database gets, and keeps the deployed history as it was. A service's test extends
 * this with {@code @QuarkusTest} and {@code @TestProfile} of its deployed database.
 */
public abstract class DeployedDatabaseTest {

    @Inject
    DataSource deployed;
    @Inject
    Flyway serviceMigrations;

    private final String service;
    private final List<String> deployedVersions;

    /** @param deployed the service's deployed database, whose migrations the history must still show */
    protected DeployedDatabaseTest(DeployedDatabaseProfile deployed) {
        this.service = deployed.service();
        this.deployedVersions = deployed.versions();
    }

    @Test
    void startsOnTheDeployedDatabaseAndGivesItTheSchemaOfAFreshOne() {
        DataSource fresh = SchemaSnapshot.database(service, "fresh");
        PlatformSchema.migrate(fresh, serviceMigrations.getConfiguration());

        List<String> upgraded = SchemaSnapshot.of(deployed);
        assertThat(upgraded).anySatisfy(line -> assertThat(line).startsWith("column domain_event_entry.payload"))
                .anySatisfy(line -> assertThat(line).startsWith("column processed_event.ce_id"));
        assertThat(upgraded).containsExactlyElementsOf(SchemaSnapshot.of(fresh));
    }

    @Test
    void keepsTheDeployedHistory() {
        assertThat(Arrays.stream(serviceMigrations.info().applied()).map(MigrationInfo::getVersion)
                .map(Object::toString)).containsAll(deployedVersions);
    }
}
