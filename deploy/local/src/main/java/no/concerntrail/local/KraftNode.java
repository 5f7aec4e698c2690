package no.concerntrail.local;

import static no.concerntrail.local.EmbeddedKafkaBroker.ADMIN;
import static no.concerntrail.local.EmbeddedKafkaBroker.HOST;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;

import kafka.server.KafkaRaftServer;

/**
 * The running side of an {@link EmbeddedKafkaBroker}: its ports (chosen once, then kept across restarts so clients
 * reconnect), the storage format on the first start, the KRaft server, and its users' credentials while it runs.
 */
final class KraftNode {

    private final Path dataDirectory;
    private final Path logDirectory;
    private final BrokerUsers users;
    private final int defaultPartitions;
    private final Map<String, String> overrides;
    private int port;
    private int controllerPort;
    private KafkaRaftServer server;
    private long lastStartMillis;

    KraftNode(Path dataDirectory, BrokerUsers users, int port, int controllerPort, int defaultPartitions,
              Map<String, String> overrides) {
        this.dataDirectory = dataDirectory;
        this.logDirectory = dataDirectory.resolve("kraft-logs");
        this.users = users;
        this.port = port;
        this.controllerPort = controllerPort;
        this.defaultPartitions = defaultPartitions;
        this.overrides = Map.copyOf(overrides);
    }

    /** Formats the storage if needed, starts the server and waits until the admin can use it; idempotent. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        long begin = System.nanoTime();
        ExitGuard.install();
        QuietLogging.brokerAtWarn();
        try {
            Files.createDirectories(logDirectory);
            int clientPort = port();
            if (controllerPort == 0) {
                controllerPort = BrokerServer.freePort();
            }
            Properties config = BrokerConfig.of(clientPort, controllerPort, logDirectory, users.adminPassword(),
                    Secrets.password(), defaultPartitions, overrides);
            Path configFile = dataDirectory.resolve("server.properties");
            BrokerConfig.write(config, configFile);
            boolean formatted = KafkaStorage.isFormatted(logDirectory);
            if (!formatted) {
                KafkaStorage.format(configFile, users.all());
            }
            server = BrokerServer.start(config, clientPort, controllerPort);
            BrokerReadiness.awaitAuthenticates(bootstrapServers(), ADMIN, users.adminPassword());
            if (formatted) {
                // users added since the format, or passwords that changed since the last run
                upsert(users.withoutAdmin());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastStartMillis = (System.nanoTime() - begin) / 1_000_000;
    }

    /** Stops the server; ports and data stay for the next start. */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer running = server;
        server = null;
        BrokerServer.stop(running);
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    long lastStartMillis() {
        return lastStartMillis;
    }

    /** The client port, chosen on the first call if none was given. */
    synchronized int port() {
        if (port == 0) {
            port = BrokerServer.freePort();
        }
        return port;
    }

    /** The controller listener's port, once started. */
    synchronized int controllerPort() {
        return controllerPort;
    }

    synchronized String bootstrapServers() {
        return HOST + ":" + port();
    }

    /**
     * Upserts these users' credentials if the server runs, and waits until each can authenticate; before the first
     * start there is nothing to do, the format creates them.
     */
    synchronized void upsertIfRunning(Map<String, String> namesToPasswords) {
        if (server != null) {
            upsert(namesToPasswords);
        }
    }

    private void upsert(Map<String, String> namesToPasswords) {
        if (namesToPasswords.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(EmbeddedKafkaBroker.clientProperties(bootstrapServers(), ADMIN,
                users.adminPassword()))) {
            ScramCredentials.upsert(admin, namesToPasswords);
        }
        namesToPasswords.forEach((user, password) ->
                BrokerReadiness.awaitAuthenticates(bootstrapServers(), user, password));
    }

    /** The client address as it stands: port 0 until one is chosen. */
    @Override
    public String toString() {
        return HOST + ":" + port;
    }
}
