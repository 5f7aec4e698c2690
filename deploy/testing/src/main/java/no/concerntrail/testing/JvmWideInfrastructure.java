package no.concerntrail.testing;

import java.security.KeyPair;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import no.concerntrail.local.DevTokens;
import no.concerntrail.local.KeyMaterial;
import no.concerntrail.local.LocalKafkaBroker;
import no.concerntrail.local.KafkaTopology;
import no.concerntrail.local.LocalPostgres;
import no.concerntrail.local.QuarkusConfig;
import no.concerntrail.local.ServicePrincipal;

/**
 * Internal: the JVM's one broker, one PostgreSQL and one JWT key pair.
 *
 * <p>Quarkus loads test resources anew for every application restart (each test class with other resources or
 * init args gets a fresh class loader), so a static field in a resource class is not one per JVM. This class is
 * therefore always used in its copy from the <em>system</em> class loader, reached through {@link #operations()},
 * whose values are JDK types only ({@link Function}, {@link Runnable}, {@link Map}, {@link KeyPair}...), usable from
 * any class loader. {@link Shared} is the caller's side.
 */
public final class JvmWideInfrastructure {

    private static final Object KAFKA_LOCK = new Object();
    private static final Object POSTGRES_LOCK = new Object();
    private static final Object JWT_LOCK = new Object();
    private static final Map<String, String> MASTER_KEYS = new ConcurrentHashMap<>();
    /** One analytics secret for the JVM's life: the analysts' rows in the database are kept under its keys. */
    private static final String ANALYTICS_SECRET = KeyMaterial.generate();

    private static LocalKafkaBroker kafka;
    private static KafkaTopology topology;
    private static LocalPostgres postgres;
    private static DevTokens tokens;

    private static final Map<String, Object> OPERATIONS = operationsTable();

    private JvmWideInfrastructure() {
    }

    /** The operations, by name; values are JDK functional types. */
    public static Map<String, Object> operations() {
        return OPERATIONS;
    }

    private static Map<String, Object> operationsTable() {
        Map<String, Object> ops = new HashMap<>();
        ops.put("kafka.config", (Function<String, Map<String, String>>) service -> own(() -> kafkaConfig(service)));
        ops.put("kafka.clientProperties", (Function<String, Map<String, Object>>) user -> own(() -> kafka().clientProperties(user)));
        ops.put("kafka.bootstrapServers", (Supplier<String>) () -> own(() -> kafka().bootstrapServers()));
        ops.put("kafka.passwords", (Supplier<Map<String, String>>) () -> own(() -> topology().passwords()));
        ops.put("kafka.stop", (Runnable) () -> own(() -> {
            kafka().stop();
            return null;
        }));
        ops.put("kafka.start", (Runnable) () -> own(() -> kafka().start()));
        ops.put("kafka.running", (BooleanSupplier) () -> own(() -> kafka().isRunning()));
        ops.put("postgres.config", (Function<String, Map<String, String>>) service -> own(() -> postgresConfig(service)));
        ops.put("postgres.database", (Function<String, Map<String, String>>) service -> own(() -> database(service)));
        ops.put("postgres.port", (Supplier<Integer>) () -> own(() -> postgres().port()));
        ops.put("analytics.secret", (Supplier<String>) () -> ANALYTICS_SECRET);
        ops.put("jwt.config", (Supplier<Map<String, String>>) () -> own(() -> QuarkusConfig.jwt(tokens())));
        ops.put("jwt.keyPair", (Supplier<KeyPair>) () -> own(() -> tokens().keyPair()));
        ops.put("jwt.publicKeyFile", (Supplier<String>) () -> own(() -> tokens().publicKeyFile().toString()));
        ops.put("startAll", (Runnable) () -> own(() -> {
            startAll();
            return null;
        }));
        return Map.copyOf(ops);
    }

    /**
     * Runs with this class's loader as the thread's context class loader: the broker's threads inherit it, and
     * libraries that look plugins up through it (log4j-core, used by Kafka's logging controller) must not mix
     * their own classes with the Quarkus test class loader's copies.
     */
    private static <T> T own(Supplier<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JvmWideInfrastructure.class.getClassLoader());
        try {
            return body.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    // ---------------------------------------------------------------------------------------------- kafka

    private static LocalKafkaBroker kafka() {
        synchronized (KAFKA_LOCK) {
            if (kafka == null) {
                long begin = System.nanoTime();
                KafkaTopology newTopology = KafkaTopology.concernTrail();
                LocalKafkaBroker broker = LocalKafkaBroker.builder().build();
                stopAtExit("Kafka", broker::close);
                broker.start();
                newTopology.apply(broker);
                kafka = broker;
                topology = newTopology;
                report("Kafka (SASL/SCRAM + ACLs) at " + broker.bootstrapServers(), begin);
            }
            return kafka;
        }
    }

    private static KafkaTopology topology() {
        synchronized (KAFKA_LOCK) {
            kafka();
            return topology;
        }
    }

    private static Map<String, String> kafkaConfig(String service) {
        // start() again: a test may have stopped the broker and failed before restarting it
        LocalKafkaBroker broker = kafka().start();
        ServicePrincipal principal = topology().principal(service);
        Map<String, String> config = new LinkedHashMap<>(
                QuarkusConfig.kafka(broker.bootstrapServers(), principal.name(), principal.password()));
        config.putAll(QuarkusConfig.noDevServices());
        config.putAll(QuarkusConfig.quietInfrastructure());
        return config;
    }

    // ---------------------------------------------------------------------------------------------- postgres

    private static LocalPostgres postgres() {
        synchronized (POSTGRES_LOCK) {
            if (postgres == null) {
                long begin = System.nanoTime();
                LocalPostgres started = LocalPostgres.start();
                stopAtExit("PostgreSQL", started::close);
                postgres = started;
                report("PostgreSQL at localhost:" + started.port(), begin);
            }
            return postgres;
        }
    }

    /** The service's database ({@code case-service} → {@code case_service}), created if needed. */
    private static LocalPostgres.Database databaseOf(String service) {
        return postgres().createDatabase(LocalPostgres.databaseName(service));
    }

    private static Map<String, String> database(String service) {
        LocalPostgres.Database database = databaseOf(service);
        return Map.of("name", database.name(), "jdbcUrl", database.jdbcUrl(),
                "username", database.username(), "password", database.password(),
                "runtimeUsername", database.runtimeUsername(), "runtimePassword", database.runtimePassword());
    }

    /** With the database, the master key its subjects' keys are wrapped by: one per database for the JVM's life. */
    private static Map<String, String> postgresConfig(String service) {
        Map<String, String> config = new LinkedHashMap<>(QuarkusConfig.datasource(databaseOf(service)));
        config.putAll(QuarkusConfig.noDevServices());
        config.putAll(QuarkusConfig.erasure(MASTER_KEYS.computeIfAbsent(service, name -> KeyMaterial.generate()),
                "test"));
        return config;
    }

    // ---------------------------------------------------------------------------------------------- jwt

    private static DevTokens tokens() {
        synchronized (JWT_LOCK) {
            if (tokens == null) {
                tokens = DevTokens.generate();
            }
            return tokens;
        }
    }

    // ---------------------------------------------------------------------------------------------- all

    /** Starts what is not running yet, PostgreSQL and Kafka side by side. */
    private static void startAll() {
        CompletableFuture<LocalPostgres> database = CompletableFuture.supplyAsync(() -> own(JvmWideInfrastructure::postgres));
        kafka();
        tokens();
        database.join();
    }

    private static void stopAtExit(String what, Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.run();
            } catch (RuntimeException e) {
                System.err.println("[concerntrail-testing] stopping " + what + ": " + e);
            }
        }, "concerntrail-testing-stop-" + what));
    }

    private static void report(String what, long beginNanos) {
        System.out.printf("[concerntrail-testing] %s started in %d ms (once per JVM)%n", what,
                (System.nanoTime() - beginNanos) / 1_000_000);
    }
}
