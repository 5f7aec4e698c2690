package no.concerntrail.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.SaslConfigs;

import kafka.tools.StorageTool;

/**
 * A single-node Kafka broker (KRaft, combined broker + controller) from Kafka's own jars, running as its own process
 * and secured like the real thing: clients authenticate with SASL/SCRAM-SHA-256 and are authorised by ACLs
 * ({@code allow.everyone.if.no.acl.found=false}).
 *
 * <ul>
 *   <li>Client listener {@code SASL_PLAINTEXT://127.0.0.1:<port>}; controller listener {@code CONTROLLER}
 *       (SASL/PLAIN, loopback only, for the broker itself: see {@link BrokerConfig}).</li>
 *   <li>Super user: {@value #ADMIN}, used by {@link KafkaTopology#apply} and the tests' admin clients.</li>
 *   <li>The storage is formatted with Kafka's {@link StorageTool} on the first start, with every user known at
 *       that time; users added later, or whose password changed, are upserted with
 *       {@link Admin#alterUserScramCredentials}.</li>
 *   <li>The broker is a JVM of its own ({@link BrokerMain}, on this JVM's class path, its output in
 *       {@code <dataDirectory>/broker.log}): {@link #stop()} shuts it down cleanly, {@link #kill()} sends it SIGKILL as a
 *       crash would, and it ends by itself when this JVM does, however that ends.</li>
 *   <li>{@link #start()} after a stop or a kill reuses the same ports and the same log directory, so records
 *       written before are there after it and clients configured with {@link #bootstrapServers()} reconnect by
 *       themselves.</li>
 *   <li>No topic is created automatically ({@code auto.create.topics.enable=false}): topics come from a
 *       {@link KafkaTopology}.</li>
 * </ul>
 *
 * <p>The admin password belongs to the data directory: when none is given it is generated when the broker is
 * built and kept in {@code <dataDirectory>/admin.password}, so a persistent directory can be reused.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** The broker's super user, also used by {@link KafkaTopology#apply}. */
    public static final String ADMIN = "admin";
    public static final String SASL_MECHANISM = "SCRAM-SHA-256";
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String HOST = "127.0.0.1";

    private final Path dataDirectory;
    private final boolean temporaryDirectory;
    private final BrokerUsers users;
    private final KraftNode node;

    private LocalKafkaBroker(Builder builder) {
        this.temporaryDirectory = builder.dataDirectory == null;
        this.dataDirectory = temporaryDirectory
                ? TempDirectories.createTempDirectory("concerntrail-kafka-")
                : builder.dataDirectory.toAbsolutePath();
        this.users = new BrokerUsers(dataDirectory, builder.adminPassword);
        builder.users.forEach(users::put);
        this.node = new KraftNode(dataDirectory, users, builder.port, builder.controllerPort, builder.partitions,
                builder.brokerOverrides);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a broker on free ports in a temporary directory (deleted by {@link #close()}) with just the admin user. */
    public static LocalKafkaBroker startTemporary() {
        return builder().build().start();
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /**
     * Formats the storage if needed, starts the broker and waits until it accepts authenticated clients.
     * Idempotent: starting a running broker does nothing. After a {@link #stop()} it comes back on the same
     * ports with the same data.
     */
    public LocalKafkaBroker start() {
        node.start();
        return this;
    }

    /** Stops the broker (a clean shutdown, so the next start needs no log recovery); keeps ports and data. */
    public void stop() {
        node.stop();
    }

    /**
     * Kills the broker's process with SIGKILL: nothing is flushed or closed, as in a crash. {@link #start()} brings it
     * back on the same ports with what it had written (Kafka recovers its logs).
     */
    public void kill() {
        node.kill();
    }

    /** Stops the broker and deletes its data directory if it was a temporary one. */
    @Override
    public synchronized void close() {
        node.stop();
        if (temporaryDirectory) {
            TempDirectories.deleteRecursively(dataDirectory);
        }
    }

    /** Whether the broker's process lives: false after a stop, a kill or a crash. */
    public boolean isRunning() {
        return node.isRunning();
    }

    /** The running broker's process id (a new one after every start). */
    public long pid() {
        return node.pid();
    }

    /** How long the last {@link #start()} took, including the format and the readiness check. */
    public long lastStartMillis() {
        return node.lastStartMillis();
    }

    // ---------------------------------------------------------------------------------------------- users

    /**
     * Adds a SCRAM user, or changes its password. Before the first start the user is created when the storage
     * is formatted; on a running broker it is upserted now and this returns once the user can authenticate.
     */
    public LocalKafkaBroker addUser(String name, String password) {
        users.put(name, password);
        node.upsertIfRunning(Map.of(name, password));
        return this;
    }

    /** {@link #addUser} for several users at once (one round trip on a running broker). */
    public LocalKafkaBroker addUsers(Map<String, String> namesToPasswords) {
        namesToPasswords.forEach(users::put);
        node.upsertIfRunning(Map.copyOf(namesToPasswords));
        return this;
    }

    /** The users this broker knows, name to password (including {@value #ADMIN}). */
    public Map<String, String> users() {
        return users.all();
    }

    public String password(String user) {
        return users.password(user);
    }

    // ---------------------------------------------------------------------------------------------- clients

    /** {@code 127.0.0.1:<port>}; the port is chosen on the first start and then stays the same. */
    public String bootstrapServers() {
        return node.bootstrapServers();
    }

    public int port() {
        return node.port();
    }

    /** The KRaft controller listener's port (SASL/PLAIN, for the broker itself only). */
    public int controllerPort() {
        return node.controllerPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * What a Kafka client needs to connect as {@code user} (a known user): bootstrap.servers,
     * security.protocol, sasl.mechanism and sasl.jaas.config. A fresh mutable map; add serializers etc.
     */
    public Map<String, Object> clientProperties(String user) {
        return clientProperties(bootstrapServers(), user, password(user));
    }

    /** As {@link #clientProperties(String)} with any password (for negative tests). */
    public Map<String, Object> clientProperties(String user, String password) {
        return clientProperties(bootstrapServers(), user, password);
    }

    public Map<String, Object> adminClientProperties() {
        return clientProperties(ADMIN);
    }

    /** A new admin client authenticated as {@value #ADMIN}; the caller closes it. */
    public Admin createAdmin() {
        return Admin.create(adminClientProperties());
    }

    /** Client properties for any SCRAM-SHA-256 secured cluster. */
    public static Map<String, Object> clientProperties(String bootstrapServers, String user, String password) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL);
        properties.put(SaslConfigs.SASL_MECHANISM, SASL_MECHANISM);
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(user, password));
        return properties;
    }

    /** The {@code sasl.jaas.config} value for a SCRAM user. */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + checkJaasValue(user) + "\" password=\"" + checkJaasValue(password) + "\";";
    }

    private static String checkJaasValue(String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("no quotes or backslashes in a JAAS value");
        }
        return value;
    }

    @Override
    public String toString() {
        return "LocalKafkaBroker[" + node + ", " + dataDirectory + (isRunning() ? ", running]" : ", stopped]");
    }

    // ---------------------------------------------------------------------------------------------- builder

    public static final class Builder {
        private Path dataDirectory;
        private int port;
        private int controllerPort;
        private int partitions = 3;
        private String adminPassword;
        private final Map<String, String> users = new LinkedHashMap<>();
        private final Map<String, String> brokerOverrides = new LinkedHashMap<>();

        private Builder() {
        }

        /** Where the logs, the metadata and {@code server.properties} go; default a temporary directory. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** The client port; 0 (default) picks a free one on the first start, kept across restarts. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The controller port; 0 (default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** {@code num.partitions} for topics created without a count (default 3). */
        public Builder defaultPartitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        /** The super user's password; default: generated once per data directory. */
        public Builder adminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        public Builder user(String name, String password) {
            users.put(name, password);
            return this;
        }

        public Builder users(Map<String, String> namesToPasswords) {
            users.putAll(namesToPasswords);
            return this;
        }

        /** Any other broker setting, applied last. */
        public Builder brokerProperty(String name, String value) {
            brokerOverrides.put(name, value);
            return this;
        }

        public LocalKafkaBroker build() {
            return new LocalKafkaBroker(this);
        }

        public LocalKafkaBroker start() {
            return build().start();
        }
    }
}
