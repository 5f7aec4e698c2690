package no.concerntrail.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import no.concerntrail.local.LocalPostgres;
import org.flywaydb.core.Flyway;

/**
 * The database {@code <service>_deployed} of the shared PostgreSQL, migrated with the deployed migrations (init
 * args: file name to classpath resource, besides {@code service}) exactly as Flyway ran them then; returns the
 * datasource settings that point the service at it. See {@link DeployedDatabaseProfile}.
 */
public class DeployedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private Map<String, String> deployed;

    @Override
    public void init(Map<String, String> initArgs) {
        database = ServiceArgs.service(initArgs, DeployedDatabaseResource.class) + "-deployed";
        deployed = new HashMap<>(initArgs);
        deployed.remove(ServiceArgs.SERVICE);
    }

    @Override
    public Map<String, String> start() {
        LocalPostgres.Database target = PostgresTestResource.database(database);
        Flyway.configure(getClass().getClassLoader())
                .dataSource(target.jdbcUrl(), target.username(), target.password())
                .locations("filesystem:" + deployedFolder())
                .load()
                .migrate();
        return Shared.<Function<String, Map<String, String>>>operation("postgres.config").apply(database);
    }

    private Path deployedFolder() {
        try {
            Path folder = Files.createTempDirectory("deployed-migrations-");
            folder.toFile().deleteOnExit();
            for (Map.Entry<String, String> migration : deployed.entrySet()) {
                try (InputStream sql = getClass().getClassLoader().getResourceAsStream(migration.getValue())) {
                    if (sql == null) {
                        throw new IllegalStateException("No resource " + migration.getValue());
                    }
                    Path file = folder.resolve(migration.getKey());
                    Files.copy(sql, file);
                    file.toFile().deleteOnExit();
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the database stays with the JVM's PostgreSQL
    }
}
