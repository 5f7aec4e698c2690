package no.concerntrail.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.concerntrail.platform.TestDatabase;
import org.junit.jupiter.api.Test;

class PlatformSchemaTest {

    @Test
    void makesThePlatformsTablesOnceInItsOwnHistory() throws Exception {
        DataSource database = TestDatabase.fresh();
        assertThat(PlatformSchema.migrate(database)).isEqualTo(PlatformSchema.FILES.size());
        assertThat(PlatformSchema.migrate(database)).isZero();
        assertThat(tables(database)).contains("domain_event_entry", "snapshot_event_entry", "token_entry",
                "idempotency_key", "personal_data_access", "processed_event", "platform_schema_history")
                .doesNotContain("flyway_schema_history");
    }

    /** A database whose service made these tables before the platform did: baselined, and left as it was. */
    @Test
    void findsTablesAServiceMadeBeforeAndLeavesThem() throws Exception {
        DataSource database = TestDatabase.fresh();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE processed_event (ce_id VARCHAR(200) PRIMARY KEY, "
                    + "ce_type VARCHAR(200) NOT NULL, processed_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            statement.execute("INSERT INTO processed_event (ce_id, ce_type) VALUES ('kept', 't')");
        }
        assertThat(PlatformSchema.migrate(database)).isEqualTo(PlatformSchema.FILES.size());
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "SELECT version, type FROM platform_schema_history ORDER BY installed_rank")) {
            history.next();
            assertThat(history.getString("version")).isEqualTo("0");
            assertThat(history.getString("type")).isEqualTo("BASELINE");
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet kept = statement.executeQuery("SELECT count(*) FROM processed_event WHERE ce_id = 'kept'")) {
            kept.next();
            assertThat(kept.getInt(1)).isOne();
        }
    }

    /** Before feeds, a service had one publication, *-events-publication: what was parked then was parked by it. */
    @Test
    void eventsParkedBeforeFeedsExistedBelongToTheServicesOwnPublication() throws Exception {
        DataSource database = TestDatabase.fresh();
        PlatformSchema.migrate(database, "8");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO token_entry (processor_name, segment) VALUES ('case-events-publication', 0)");
            statement.execute("INSERT INTO unpublished_event (global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, payload_type, reason) VALUES (7, 'e7', 'c7', 0, 'T', 'unmappable')");
        }
        PlatformSchema.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet parked = statement.executeQuery("SELECT publication FROM unpublished_event")) {
            parked.next();
            assertThat(parked.getString(1)).isEqualTo("case-events-publication");
        }
    }

    private static List<String> tables(DataSource database) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
