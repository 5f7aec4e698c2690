package no.concerntrail.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.local.LocalPostgres;
import no.concerntrail.platform.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role a service runs as may append to the event store and the usage log, never change or delete what is in them:
 * not even a service with a defect, or whoever got hold of its password, can rewrite history.
 */
class RuntimeRoleTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private DataSource runtime;

    @BeforeEach
    void migratedAndGranted() throws SQLException {
        LocalPostgres.Database database = TestDatabase.freshDatabase();
        DataSource owner = TestDatabase.dataSource(database.jdbcUrl(), database.username(), database.password());
        PlatformSchema.migrate(owner);
        execute(owner, "CREATE TABLE IF NOT EXISTS delivery (id VARCHAR(20) PRIMARY KEY, agency VARCHAR(20))");
        PlatformSchema.grant(owner, database.runtimeUsername(), List.of("delivery"));
        runtime = TestDatabase.dataSource(database.jdbcUrl(), database.runtimeUsername(), database.runtimePassword());
    }

    @Test
    void theEventStoreIsAppendedToNeverChanged() throws Exception {
        execute("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload) VALUES ('e-1', 'c-1', 0, 'Concern', 'now', 'T', 'x')");
        assertRefused("UPDATE domain_event_entry SET payload = 'rewritten'");
        assertRefused("DELETE FROM domain_event_entry");
        assertRefused("TRUNCATE domain_event_entry");
    }

    @Test
    void theUsageLogIsAppendedToAndPurgedOnlyByAge() throws Exception {
        execute("INSERT INTO personal_data_access (at, actor, action, concern_id) VALUES (now() - interval '4 years', "
                + "'officer-kari', 'concern.read', '" + UUID.randomUUID() + "')");
        execute("INSERT INTO personal_data_access (at, actor, action, concern_id) VALUES (now(), 'officer-kari', "
                + "'concern.read', '" + UUID.randomUUID() + "')");
        assertRefused("UPDATE personal_data_access SET actor = 'someone-else'");
        assertRefused("DELETE FROM personal_data_access");

        try (Connection connection = runtime.getConnection(); Statement statement = connection.createStatement();
             ResultSet purged = statement.executeQuery(
                     "SELECT purge_personal_data_access(now() - interval '3 years')")) {
            purged.next();
            assertThat(purged.getInt(1)).isOne();
        }
    }

    /** A service's own ledger (referral-service's share log, say), named at the grant, is kept as the event store is. */
    @Test
    void aServicesOwnLedgerIsAppendedToNeverChanged() throws Exception {
        execute("INSERT INTO delivery (id, agency) VALUES ('d-1', 'child-welfare')");
        assertRefused("UPDATE delivery SET agency = 'nav'");
        assertRefused("DELETE FROM delivery");
        assertRefused("TRUNCATE delivery");
    }

    @Test
    void anAppendOnlyTableIsASqlNameNothingElse() {
        assertThatThrownBy(() -> PlatformSchema.grant(runtime, "service_app", List.of("share; DROP TABLE share")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case SQL name");
    }

    @Test
    void everythingElseIsTheServicesToKeepButTheMigrationHistory() throws Exception {
        execute("INSERT INTO processed_event (ce_id, ce_type) VALUES ('ce-1', 't')");
        execute("DELETE FROM processed_event WHERE ce_id = 'ce-1'");
        execute("INSERT INTO token_entry (processor_name, segment) VALUES ('p', 0)");
        execute("UPDATE token_entry SET owner = 'me' WHERE processor_name = 'p'");
        assertRefused("DELETE FROM platform_schema_history");
    }

    private void execute(String sql) throws SQLException {
        execute(runtime, sql);
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> execute(sql)).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(sql).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
