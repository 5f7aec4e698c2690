package no.concerntrail.local;

import static no.concerntrail.local.LocalKafkaBroker.ADMIN;
import static no.concerntrail.local.LocalKafkaBroker.HOST;
import static no.concerntrail.local.LocalKafkaBroker.SASL_MECHANISM;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The broker's {@code server.properties}: one KRaft node (broker + controller) on loopback, SASL/SCRAM on the client
 * listener, SASL/PLAIN on the controller listener (SCRAM users live in the metadata log, which the controller serves,
 * so it cannot authenticate itself with them), ACLs enforced with no anonymous super user, and sized for a small
 * machine that starts many brokers a day.
 */
final class BrokerConfig {

    private static final String CLIENT_LISTENER = "SASL_PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** The broker's own principal towards its controller, a super user, known to the controller listener only. */
    static final String CONTROLLER = "controller";

    private BrokerConfig() {
    }

    /**
     * @param adminPassword      the super user's password; the broker itself authenticates with it between listeners
     * @param controllerPassword the broker's password on the controller listener (new on every start: it lives in this
     *                           configuration only)
     * @param defaultPartitions  {@code num.partitions}
     * @param overrides         any other settings, applied last
     */
    static Properties of(int port, int controllerPort, Path logDirectory, String adminPassword,
                         String controllerPassword, int defaultPartitions, Map<String, String> overrides) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", CLIENT_LISTENER + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", CLIENT_LISTENER);
        p.put("log.dirs", logDirectory.toString());

        // authentication
        p.put("sasl.enabled.mechanisms", SASL_MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", SASL_MECHANISM);
        p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", LocalKafkaBroker.jaasConfig(ADMIN, adminPassword));
        // the controller listener knows one user, the broker itself; an anonymous client gets nowhere
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule"
                + " required username=\"" + CONTROLLER + "\" password=\"" + controllerPassword + "\" user_" + CONTROLLER
                + "=\"" + controllerPassword + "\";");
        // authorisation
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN + ";User:" + CONTROLLER);
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
        p.put("num.partitions", Integer.toString(defaultPartitions));
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

        p.putAll(overrides);
        return p;
    }

    /** The StorageTool and the broker's process read the configuration from a file; it holds passwords, so only its owner may read it. */
    static void write(Properties config, Path file) throws IOException {
        StringWriter text = new StringWriter();
        config.store(text, "written by " + LocalKafkaBroker.class.getName() + " for its broker process");
        Secrets.writeOwnerOnly(file, text.toString());
    }

    static Properties read(Path file) throws IOException {
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            config.load(reader);
        }
        return config;
    }
}
