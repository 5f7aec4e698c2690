package no.concerntrail.platform.schema;

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
            "V4__processed_event.sql");

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

    /** Brings the platform's tables up to date; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(PlatformSchema.class.getClassLoader())
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
