package no.concerntrail.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * PostgreSQL, Kafka and the JWT keys in one resource, for a service's tests that need all three:
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = ConcernTrailInfra.class, initArgs = @ResourceArg(name = "service", value = "case-service"))
 * }</pre>
 *
 * Same JVM-wide instances as {@link PostgresTestResource}, {@link KafkaTestResource} and {@link JwtTestResource};
 * the first time, the broker and the database server start side by side.
 */
public class ConcernTrailInfra implements QuarkusTestResourceLifecycleManager {

    private final PostgresTestResource postgres = new PostgresTestResource();
    private final KafkaTestResource kafka = new KafkaTestResource();
    private final JwtTestResource jwt = new JwtTestResource();

    @Override
    public void init(Map<String, String> initArgs) {
        postgres.init(initArgs);
        kafka.init(initArgs);
        jwt.init(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Shared.<Runnable>operation("startAll").run();
        Map<String, String> config = new LinkedHashMap<>(postgres.start());
        config.putAll(kafka.start());
        config.putAll(jwt.start());
        return config;
    }

    @Override
    public void stop() {
        // the JVM's, stopped by a shutdown hook
    }
}
