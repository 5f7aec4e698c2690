package no.concerntrail.testing;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.concerntrail.local.LocalPostgres;

/**
 * The one PostgreSQL of a test JVM (started by the first test class that asks for it, stopped when the JVM
 * exits), with a database per service: init arg {@code service} ({@code case-service}) gives database and owner
 * {@code case_service}, which migrates, and runtime role {@code case_service_app}, which the service runs as.
 *
 * <pre>{@code
 * @WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "case-service"))
 * }</pre>
 *
 * Returns {@code quarkus.datasource.db-kind=postgresql}, {@code .jdbc.url}, {@code .username},
 * {@code .password} and {@code quarkus.devservices.enabled=false}. The database is shared by every test class
 * of the JVM: tests do not assume it is empty.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = ServiceArgs.service(initArgs, PostgresTestResource.class);
    }

    @Override
    public Map<String, String> start() {
        return Shared.<Function<String, Map<String, String>>>operation("postgres.config").apply(service);
    }

    @Override
    public void stop() {
        // the server outlives the test class: it is the JVM's, and stopped by a shutdown hook
    }

    /** The database of a service ({@code case-service} → {@code case_service}), created if needed. */
    public static LocalPostgres.Database database(String service) {
        Map<String, String> database = Shared.<Function<String, Map<String, String>>>operation("postgres.database")
                .apply(service);
        return new LocalPostgres.Database(database.get("name"), database.get("jdbcUrl"), database.get("username"),
                database.get("password"), database.get("runtimeUsername"), database.get("runtimePassword"));
    }

    /** The server's port (started if needed). */
    public static int port() {
        return Shared.<Supplier<Integer>>operation("postgres.port").get();
    }
}
