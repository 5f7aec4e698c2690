package no.concerntrail.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;

/**
 * Everything a ConcernTrail service needs around it, on this machine and without Docker: PostgreSQL (one database
 * per service), the secured Kafka broker with the {@link KafkaTopology} applied, and the dev JWT keys.
 *
 * <pre>{@code
 * try (LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(Path.of(".local-stack")).start()) {
 *     Map<String, String> config = infra.serviceConfig("case-service");   // Quarkus properties
 *     String token = infra.tokens().token("alice", Set.of("caseworker"));
 *     ...
 * }
 * }</pre>
 *
 * <p>Layout of the base directory: {@code kafka/} (broker data), {@code postgres/} (cluster),
 * {@code jwt/dev-public-key.pem}. Without a base directory everything is temporary and deleted on close.
 * Passwords of the service principals are random per start unless the topology is given with fixed ones.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private final LocalPostgres postgres;
    private final LocalKafkaBroker kafka;
    private final KafkaTopology topology;
    private final DevTokens tokens;
    private final Path baseDirectory;
    private final String analyticsSecret;
    /** Each service's master key, by service name: made once per stack (kept in a file when the stack keeps data). */
    private final Map<String, String> masterKeys = new ConcurrentHashMap<>();
    private final long startMillis;

    private LocalInfrastructure(Builder builder) {
        long begin = System.nanoTime();
        this.baseDirectory = builder.baseDirectory == null ? null : builder.baseDirectory.toAbsolutePath();
        this.topology = builder.topology;
        this.analyticsSecret = baseDirectory == null ? KeyMaterial.generate()
                : KeyMaterial.kept(baseDirectory.resolve("analytics-secret"));
        this.tokens = baseDirectory == null
                ? DevTokens.generate()
                : DevTokens.generate(baseDirectory.resolve("jwt").resolve("dev-public-key.pem"));
        // PostgreSQL (initdb, a separate process) and the broker start side by side
        CompletableFuture<LocalPostgres> postgresStart = CompletableFuture.supplyAsync(() -> LocalPostgres.start(
                baseDirectory == null ? null : baseDirectory.resolve("postgres"), builder.postgresPort));
        LocalPostgres startedPostgres = null;
        LocalKafkaBroker startedKafka = null;
        try {
            LocalKafkaBroker.Builder kafkaBuilder = LocalKafkaBroker.builder().port(builder.kafkaPort);
            if (baseDirectory != null) {
                kafkaBuilder.dataDirectory(baseDirectory.resolve("kafka"));
            }
            startedKafka = kafkaBuilder.build();
            startedKafka.start();
            topology.apply(startedKafka);
            startedPostgres = postgresStart.join();
        } catch (RuntimeException e) {
            if (startedKafka != null) {
                startedKafka.close();
            }
            postgresStart.thenAccept(LocalPostgres::close);
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        this.postgres = startedPostgres;
        this.kafka = startedKafka;
        this.startMillis = (System.nanoTime() - begin) / 1_000_000;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything temporary, on free ports, with ConcernTrail's topology and random passwords. */
    public static LocalInfrastructure start() {
        return builder().start();
    }

    // ---------------------------------------------------------------------------------------------- parts

    public LocalKafkaBroker kafka() {
        return kafka;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public KafkaTopology topology() {
        return topology;
    }

    public DevTokens tokens() {
        return tokens;
    }

    public long startMillis() {
        return startMillis;
    }

    // ---------------------------------------------------------------------------------------------- config

    /**
     * The Quarkus properties service {@code serviceName} (a principal of the topology, e.g. {@code case-service})
     * needs: its database ({@code case_service}, created if missing), Kafka as its own principal, the dev JWT
     * verification key and issuer, no Dev Services, its master key, and for case-service the analysts' pseudonym secret.
     */
    public Map<String, String> serviceConfig(String serviceName) {
        Map<String, String> config = new LinkedHashMap<>();
        config.putAll(QuarkusConfig.datasource(postgres.createDatabase(LocalPostgres.databaseName(serviceName))));
        config.putAll(kafkaConfig(serviceName));
        config.putAll(QuarkusConfig.jwt(tokens));
        config.putAll(QuarkusConfig.noDevServices());
        config.putAll(QuarkusConfig.erasure(masterKey(serviceName), "local"));
        if (serviceName.equals(ConcernTrailServices.CASE.name())) {
            // the service that makes the pseudonyms, and no other, holds their secret
            config.putAll(QuarkusConfig.analytics(analyticsSecret, "local"));
        }
        return config;
    }

    /** The service's own master key, which wraps the keys its personal data is sealed under. */
    private String masterKey(String serviceName) {
        return masterKeys.computeIfAbsent(serviceName, name -> baseDirectory == null ? KeyMaterial.generate()
                : KeyMaterial.kept(baseDirectory.resolve(name + "-master-key")));
    }

    /** {@code kafka.*} for a principal of the topology. */
    public Map<String, String> kafkaConfig(String serviceName) {
        ServicePrincipal principal = topology.principal(serviceName);
        return QuarkusConfig.kafka(kafka.bootstrapServers(), principal.name(), principal.password());
    }

    /**
     * {@link #serviceConfig} as environment variables, the way Quarkus maps them
     * ({@code kafka.sasl.jaas.config} → {@code KAFKA_SASL_JAAS_CONFIG}).
     */
    public Map<String, String> serviceEnvironment(String serviceName) {
        Map<String, String> environment = new LinkedHashMap<>();
        serviceConfig(serviceName).forEach((key, value) -> environment.put(environmentName(key), value));
        return environment;
    }

    static String environmentName(String property) {
        StringBuilder name = new StringBuilder();
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    /**
     * Starts {@code service} as its own process from its built quarkus-app under {@code root}, its API on {@code port}
     * and health and metrics on {@code managementPort}, both on loopback, with its database and Kafka principal; its
     * log goes to {@code <logDirectory>/<name>.log}.
     */
    public ServiceProcess startService(ConcernTrailServices.Service service, int port, int managementPort, Path root,
                                       Path logDirectory) throws IOException {
        return startService(service, port, managementPort, root, logDirectory, Map.of());
    }

    /** As above, with settings of its own besides ({@code config}, e.g. where the other services answer). */
    public ServiceProcess startService(ConcernTrailServices.Service service, int port, int managementPort, Path root,
                                       Path logDirectory, Map<String, String> config) throws IOException {
        Map<String, String> environment = serviceEnvironment(service.name());
        config.forEach((key, value) -> environment.put(environmentName(key), value));
        return ServiceProcess.start(service.name(), port, managementPort, root, logDirectory, environment);
    }

    /** Stops Kafka, then PostgreSQL; temporary data is deleted. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    @Override
    public String toString() {
        return "LocalInfrastructure[" + kafka + ", " + postgres + ", jwt key " + tokens.publicKeyFile() + "]";
    }

    // ---------------------------------------------------------------------------------------------- builder

    public static final class Builder {
        private Path baseDirectory;
        private int kafkaPort;
        private int postgresPort;
        private KafkaTopology topology = KafkaTopology.concernTrail();

        private Builder() {
        }

        /** Keep data here between runs; default: temporary. */
        public Builder baseDirectory(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
            return this;
        }

        /** 0 (default): a free port. */
        public Builder kafkaPort(int kafkaPort) {
            this.kafkaPort = kafkaPort;
            return this;
        }

        /** 0 (default): a free port. */
        public Builder postgresPort(int postgresPort) {
            this.postgresPort = postgresPort;
            return this;
        }

        /** Default: {@link KafkaTopology#concernTrail()} (random passwords). */
        public Builder topology(KafkaTopology topology) {
            this.topology = topology;
            return this;
        }

        public LocalInfrastructure start() {
            return new LocalInfrastructure(this);
        }
    }
}
