package no.concerntrail.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM, secured like
 * the real thing: clients authenticate with SASL/SCRAM-SHA-256 and are authorised by ACLs
 * ({@code allow.everyone.if.no.acl.found=false}).
 *
 * <ul>
 *   <li>Client listener {@code SASL_PLAINTEXT://127.0.0.1:<port>}; controller listener {@code CONTROLLER}
 *       (PLAINTEXT, loopback only, principal {@code ANONYMOUS}).</li>
 *   <li>Super users: {@value #ADMIN} and {@code ANONYMOUS} (the controller listener; needed for the broker to
 *       register with its own controller).</li>
 *   <li>The storage is formatted with Kafka's {@link StorageTool} on the first start, with every user known at
 *       that time; users added later, or whose password changed, are upserted with
 *       {@link Admin#alterUserScramCredentials}.</li>
 *   <li>{@link #stop()} then {@link #start()} reuses the same ports and the same log directory, so records
 *       written before the stop are there after it and clients configured with {@link #bootstrapServers()}
 *       reconnect by themselves.</li>
 *   <li>No topic is created automatically ({@code auto.create.topics.enable=false}): topics come from a
 *       {@link KafkaTopology}.</li>
 * </ul>
 *
 * <p>The admin password belongs to the data directory: when none is given it is generated on the first start
 * and kept in {@code <dataDirectory>/admin.password}, so a persistent directory can be reused.
 *
 * <p>Kafka's own fatal-error paths call {@link Exit#halt}; while a broker of this class exists they throw
 * instead of killing the JVM (a dead test JVM explains nothing).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** The broker's super user, also used by {@link KafkaTopology#apply}. */
    public static final String ADMIN = "admin";
    public static final String SASL_MECHANISM = "SCRAM-SHA-256";
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String HOST = "127.0.0.1";

    private static final String CLIENT_LISTENER = "SASL_PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final boolean temporaryDirectory;
    private final Map<String, String> users = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> brokerOverrides;
    private final int partitions;
    private int port;
    private int controllerPort;
    private KafkaRaftServer server;
    private long lastStartMillis;

    private EmbeddedKafkaBroker(Builder builder) {
        this.temporaryDirectory = builder.dataDirectory == null;
        this.dataDirectory = temporaryDirectory
                ? TempDirectories.createTempDirectory("concerntrail-kafka-")
                : builder.dataDirectory.toAbsolutePath();
        this.port = builder.port;
        this.controllerPort = builder.controllerPort;
        this.partitions = builder.partitions;
        this.brokerOverrides = Map.copyOf(builder.brokerOverrides);
        this.users.put(ADMIN, adminPassword(builder.adminPassword));
        builder.users.forEach(this::putUser);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a broker on free ports in a temporary directory (deleted by {@link #close()}) with just the admin user. */
    public static EmbeddedKafkaBroker startTemporary() {
        return builder().build().start();
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /**
     * Formats the storage if needed, starts the broker and waits until it accepts authenticated clients.
     * Idempotent: starting a running broker does nothing. After a {@link #stop()} it comes back on the same
     * ports with the same data.
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        long begin = System.nanoTime();
        ExitGuard.install();
        QuietLogging.brokerAtWarn();
        try {
            Files.createDirectories(logDirectory());
            if (port == 0) {
                port = freePort();
            }
            if (controllerPort == 0) {
                controllerPort = freePort();
            }
            Properties config = brokerConfig();
            Path configFile = dataDirectory.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                config.store(writer, "written by " + getClass().getName() + "; the broker runs inside the JVM");
            }
            boolean formatted = Files.exists(logDirectory().resolve("meta.properties"));
            if (!formatted) {
                format(configFile);
            }
            server = startServer(config);
            awaitAuthenticates(ADMIN, users.get(ADMIN));
            if (formatted) {
                // users added since the format, or passwords that changed since the last run
                upsertUsers(snapshotOfUsers(false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastStartMillis = (System.nanoTime() - begin) / 1_000_000;
        return this;
    }

    /** Stops the broker (a clean shutdown, so the next start needs no log recovery); keeps ports and data. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer running = server;
        server = null;
        running.shutdown();
        running.awaitShutdown();
    }

    /** Stops the broker and deletes its data directory if it was a temporary one. */
    @Override
    public synchronized void close() {
        stop();
        if (temporaryDirectory) {
            TempDirectories.deleteRecursively(dataDirectory);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** How long the last {@link #start()} took, including the format and the readiness check. */
    public long lastStartMillis() {
        return lastStartMillis;
    }

    // ---------------------------------------------------------------------------------------------- users

    /**
     * Adds a SCRAM user, or changes its password. Before the first start the user is created when the storage
     * is formatted; on a running broker it is upserted now and this returns once the user can authenticate.
     */
    public EmbeddedKafkaBroker addUser(String name, String password) {
        putUser(name, password);
        synchronized (this) {
            if (server != null) {
                upsertUsers(Map.of(name, password));
            }
        }
        return this;
    }

    /** {@link #addUser} for several users at once (one round trip on a running broker). */
    public EmbeddedKafkaBroker addUsers(Map<String, String> namesToPasswords) {
        namesToPasswords.forEach(this::putUser);
        synchronized (this) {
            if (server != null) {
                upsertUsers(Map.copyOf(namesToPasswords));
            }
        }
        return this;
    }

    /** The users this broker knows, name to password (including {@value #ADMIN}). */
    public Map<String, String> users() {
        return snapshotOfUsers(true);
    }

    public String password(String user) {
        String password = users.get(user);
        if (password == null) {
            throw new IllegalArgumentException("unknown Kafka user '" + user + "'; known: " + users.keySet());
        }
        return password;
    }

    // ---------------------------------------------------------------------------------------------- clients

    /** {@code 127.0.0.1:<port>}; the port is chosen on the first start and then stays the same. */
    public synchronized String bootstrapServers() {
        if (port == 0) {
            port = freePort();
        }
        return HOST + ":" + port;
    }

    public synchronized int port() {
        if (port == 0) {
            port = freePort();
        }
        return port;
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

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + HOST + ":" + port + ", " + dataDirectory + (isRunning() ? ", running]" : ", stopped]");
    }

    // ---------------------------------------------------------------------------------------------- internals

    private Path logDirectory() {
        return dataDirectory.resolve("kraft-logs");
    }

    private Properties brokerConfig() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", CLIENT_LISTENER + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", CLIENT_LISTENER);
        p.put("log.dirs", logDirectory().toString());

        // authentication
        p.put("sasl.enabled.mechanisms", SASL_MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", SASL_MECHANISM);
        p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", jaasConfig(ADMIN, users.get(ADMIN)));
        // authorisation
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN + ";User:ANONYMOUS");
        p.put("allow.everyone.if.no.acl.found", "false");

        // one node: every internal topic has one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", Integer.toString(partitions));
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");

        // small and quick: 2 cores, many brokers per day
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        p.put("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        p.put("controlled.shutdown.enable", "true");
        p.put("controlled.shutdown.max.retries", "1");
        p.put("controlled.shutdown.retry.backoff.ms", "100");
        p.put("controller.quorum.election.timeout.ms", "500");
        p.put("controller.quorum.fetch.timeout.ms", "1000");
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "3000");

        p.putAll(brokerOverrides);
        return p;
    }

    private void format(Path configFile) {
        List<String> args = new ArrayList<>(List.of(
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString(),
                "--ignore-formatted"));
        snapshotOfUsers(true).forEach((name, password) -> {
            args.add("--add-scram");
            args.add(SASL_MECHANISM + "=[name=" + name + ",password=" + password + "]");
        });
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(args.toArray(String[]::new), out);
        }
        if (status != 0) {
            throw new IllegalStateException("kafka-storage format failed (" + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private KafkaRaftServer startServer(Properties config) {
        // the port was free a moment ago; just after a stop the old socket may linger for a moment
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            KafkaRaftServer candidate = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            try {
                candidate.startup();
                return candidate;
            } catch (RuntimeException e) {
                last = e;
                try {
                    candidate.shutdown();
                    candidate.awaitShutdown();
                } catch (RuntimeException ignored) {
                    // it did not get far
                }
                if (!isBindProblem(e)) {
                    throw e;
                }
                sleep(250);
            }
        }
        throw new IllegalStateException("Kafka could not bind " + HOST + ":" + port + "/" + controllerPort, last);
    }

    private static boolean isBindProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException
                    || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    /** Upserts SCRAM users on the running broker and waits until each one can authenticate. */
    private void upsertUsers(Map<String, String> toUpsert) {
        if (toUpsert.isEmpty()) {
            return;
        }
        List<UserScramCredentialAlteration> alterations = new ArrayList<>();
        toUpsert.forEach((name, password) -> alterations.add(new UserScramCredentialUpsertion(
                name, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), password)));
        try (Admin admin = createAdmin()) {
            admin.alterUserScramCredentials(alterations).all().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not upsert Kafka users " + toUpsert.keySet(), e);
        }
        toUpsert.forEach(this::awaitAuthenticates);
    }

    /**
     * Waits until {@code user} can authenticate; this is also the readiness check after a start (the broker has
     * registered with its controller and serves metadata). A credential upserted a moment ago may not have
     * reached the broker's cache yet, so an authentication failure is retried too, until the deadline.
     */
    private void awaitAuthenticates(String user, String password) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> properties = clientProperties(user, password);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        Exception last = null;
        try (Admin admin = Admin.create(properties)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                }
                sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Kafka user '" + user + "' could not use the broker at "
                + bootstrapServers() + " within " + READY_TIMEOUT, last);
    }

    private Map<String, String> snapshotOfUsers(boolean includeAdmin) {
        synchronized (users) {
            Map<String, String> copy = new LinkedHashMap<>(users);
            if (!includeAdmin) {
                copy.remove(ADMIN);
            }
            return copy;
        }
    }

    private void putUser(String name, String password) {
        checkScramValue(name);
        checkScramValue(password);
        if (ADMIN.equals(name) && !password.equals(users.get(ADMIN))) {
            throw new IllegalArgumentException("the admin password belongs to the data directory: give it to the builder");
        }
        users.put(name, password);
    }

    private String adminPassword(String given) {
        Path file = dataDirectory.resolve("admin.password");
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (given != null && !given.equals(stored)) {
                    throw new IllegalArgumentException("the data directory " + dataDirectory
                            + " was formatted with another admin password; use that one or a new directory");
                }
                return stored;
            }
            String password = given != null ? given : Secrets.password();
            checkScramValue(password);
            Files.createDirectories(dataDirectory);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The StorageTool's --add-scram syntax splits on ',' '=' '[' ']', and JAAS values are quoted. */
    private static String checkScramValue(String value) {
        Objects.requireNonNull(value, "user name and password are required");
        if (value.isEmpty() || !value.matches("[A-Za-z0-9._@+-]+")) {
            throw new IllegalArgumentException("Kafka user names and passwords may only use A-Z a-z 0-9 . _ @ + - (got '"
                    + value + "')");
        }
        return value;
    }

    private static String checkJaasValue(String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("no quotes or backslashes in a JAAS value");
        }
        return value;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kafka halts the JVM on fatal errors; in a test or a dev stack an exception is the better messenger. */
    private static final class ExitGuard {
        private static boolean installed;

        static synchronized void install() {
            if (installed) {
                return;
            }
            Exit.Procedure refuse = (status, message) -> {
                System.err.println("[concerntrail-local] the embedded Kafka broker asked to end the JVM (status "
                        + status + "): " + message);
                throw new IllegalStateException("embedded Kafka broker fatal error (status " + status + "): " + message);
            };
            Exit.setExitProcedure(refuse);
            Exit.setHaltProcedure(refuse);
            installed = true;
        }
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

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }

        public EmbeddedKafkaBroker start() {
            return build().start();
        }
    }
}
