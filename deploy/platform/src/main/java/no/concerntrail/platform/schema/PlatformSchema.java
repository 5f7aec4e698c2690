package no.concerntrail.platform.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The tables every service has, defined once (the SQL under {@code db/platform/} in this jar): the event store
 * and tokens, idempotency keys, the usage log of personal data and the consumers' processed events. Each
 * service's database records them in its own history table, {@code platform_schema_history}, apart from the
 * service's own migrations ({@code flyway_schema_history}), so the two version sequences never clash.
 *
 * <p>Databases older than this made the same tables with the service's own migrations: the platform's history
 * starts there from a baseline (version 0) and its migrations say {@code IF NOT EXISTS}, so they find the tables
 * and leave them as they are. A new platform migration is a new file here and a new line in {@link #FILES}.
 */
public final class PlatformSchema {

    static final String HISTORY = "platform_schema_history";
    static final List<String> FILES = List.of(
            "V1__event_store.sql",
            "V2__idempotency_key.sql",
            "V3__personal_data_access.sql",
            "V4__processed_event.sql",
            "V5__usage_log_purge.sql",
            "V6__parked_event.sql",
            "V7__break_glass_reason.sql",
            "V8__unpublished_event.sql",
            "V9__unpublished_per_publication.sql",
            "V10__retention_run.sql",
            "V11__subject_key.sql");
    /** The tables every service's runtime role may only read and append to: what happened, and who read what. */
    static final List<String> APPEND_ONLY = List.of("domain_event_entry", "personal_data_access", "retention_run");
    private static final String ROLE = "[a-z_][a-z0-9_]{0,62}";

    private PlatformSchema() {
    }

    /**
     * The platform's tables, then the service's own migrations (configured as {@code service}, by quarkus.flyway.*),
     * on {@code dataSource}: in this order, so a service migration may refer to a platform table.
     */
    public static void migrate(DataSource dataSource, Configuration service) {
        migrate(dataSource);
        Flyway.configure(service.getClassLoader()).configuration(service).dataSource(dataSource).load().migrate();
    }

    /**
     * What the role a service runs as may do, granted anew at every start so that tables added since are covered:
     * read and write its read models, tokens, keys and claims, but only read and append to the event store, the
     * usage log (older usage log entries go by {@code purge_personal_data_access}) and the service's own ledgers
     * ({@code serviceAppendOnly}, e.g. what went to whom); the migration histories are not its business. Run as the
     * owner, after the migrations.
     */
    public static void grant(DataSource owner, String runtimeRole, List<String> serviceAppendOnly) {
        if (!runtimeRole.matches(ROLE)) {
            throw new IllegalArgumentException("The runtime role must be a lower-case SQL name, not " + runtimeRole);
        }
        List<String> tables = new ArrayList<>(APPEND_ONLY);
        for (String table : serviceAppendOnly) {
            if (!table.matches(ROLE)) {
                throw new IllegalArgumentException("An append-only table must be a lower-case SQL name, not " + table);
            }
            tables.add(table);
        }
        String appendOnly = String.join(", ", tables);
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet user = statement.executeQuery("SELECT current_user")) {
                user.next();
                if (user.getString(1).equals(runtimeRole)) {
                    // the owner may rewrite anything: running as it would make every right granted here void
                    throw new IllegalStateException("The runtime role " + runtimeRole + " is the owner that migrates; "
                            + "give the service a role of its own (quarkus.datasource.username)");
                }
            }
            statement.execute("GRANT USAGE ON SCHEMA public TO " + runtimeRole);
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + runtimeRole);
            statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + runtimeRole);
            statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + appendOnly + " FROM " + runtimeRole);
            for (String history : histories(connection)) {
                statement.execute("REVOKE ALL ON " + history + " FROM " + runtimeRole);
            }
            statement.execute("GRANT EXECUTE ON FUNCTION purge_personal_data_access(TIMESTAMPTZ) TO " + runtimeRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime role its rights", e);
        }
    }

    /** The platform's and the service's migration histories. */
    private static List<String> histories(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                        + "AND table_name LIKE '%schema\\_history'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Brings the platform's tables up to date; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, "latest");
    }

    /** Up to the {@code target} version (a database as an older platform left it, in a test). */
    static int migrate(DataSource dataSource, String target) {
        return Flyway.configure(PlatformSchema.class.getClassLoader())
                .target(target)
                .dataSource(dataSource)
                .table(HISTORY)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("tables made before the platform owned them, if any")
                // exactly these migrations: no location is scanned, so the service's own files are never picked up
                .resourceProvider(NO_FILES)
                .javaMigrationClassProvider(List::of)
                .javaMigrations(FILES.stream().map(PlatformMigration::new).toArray(PlatformMigration[]::new))
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private static final ResourceProvider NO_FILES = new ResourceProvider() {
        @Override
        public LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return List.of();
        }
    };
}
