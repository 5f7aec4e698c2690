package no.concerntrail.local;

import static no.concerntrail.local.LocalKafkaBroker.ADMIN;
import static no.concerntrail.local.LocalKafkaBroker.HOST;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;

/**
 * The running side of a {@link LocalKafkaBroker}: its ports (chosen once, then kept across restarts so clients
 * reconnect), the storage format on the first start, the broker's process, and its users' credentials while it runs.
 */
final class KraftNode {

    private final Path dataDirectory;
    private final Path logDirectory;
    private final BrokerUsers users;
    private final int defaultPartitions;
    private final Map<String, String> overrides;
    private int port;
    private int controllerPort;
    private BrokerProcess process;
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

    /**
     * Formats the storage if needed, starts the broker's process and waits until the admin can use it; idempotent
     * while it runs, and after a crash it starts a new one.
     */
    synchronized void start() {
        if (isRunning()) {
            return;
        }
        long begin = System.nanoTime();
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
                QuietLogging.brokerAtWarn(); // the format runs the broker's configuration code here, in this JVM
                KafkaStorage.format(configFile, users.all());
            }
            process = BrokerProcess.start(configFile, dataDirectory.resolve("broker.log"));
            awaitAuthenticates(ADMIN, users.adminPassword());
            if (formatted) {
                // users added since the format, or passwords that changed since the last run
                upsert(users.withoutAdmin());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            kill(); // a half-started broker would hold the ports
            throw e;
        }
        lastStartMillis = (System.nanoTime() - begin) / 1_000_000;
    }

    /** Stops the broker cleanly; ports and data stay for the next start. */
    synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /** Kills the broker's process with SIGKILL; the next start recovers its logs, on the same ports. */
    synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Whether the broker's process lives: false after a stop, and after a crash. */
    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The broker's process id; it changes with every start. */
    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("the broker is not running");
        }
        return process.pid();
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
        if (isRunning()) {
            upsert(namesToPasswords);
        }
    }

    private void upsert(Map<String, String> namesToPasswords) {
        if (namesToPasswords.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(LocalKafkaBroker.clientProperties(bootstrapServers(), ADMIN,
                users.adminPassword()))) {
            ScramCredentials.upsert(admin, namesToPasswords);
        }
        namesToPasswords.forEach(this::awaitAuthenticates);
    }

    private void awaitAuthenticates(String user, String password) {
        BrokerReadiness.awaitAuthenticates(bootstrapServers(), user, password, process);
    }

    /** The client address as it stands: port 0 until one is chosen. */
    @Override
    public String toString() {
        return HOST + ":" + port;
    }
}
