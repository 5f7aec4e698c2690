package no.concerntrail.local;

import static no.concerntrail.local.LocalKafkaBroker.HOST;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;

import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/** The KRaft server inside {@link BrokerMain}'s process: starting it and stopping it; and finding a free loopback port. */
final class BrokerServer {

    private static final int BIND_ATTEMPTS = 20;
    private static final long BIND_RETRY_MILLIS = 250;

    private BrokerServer() {
    }

    /**
     * Starts a server with {@code config}. Its ports were free a moment ago, but just after a stop the old sockets may
     * linger: a bind failure is retried for a few seconds.
     */
    static KafkaRaftServer start(Properties config) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            KafkaRaftServer candidate = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            try {
                candidate.startup();
                return candidate;
            } catch (RuntimeException e) {
                last = e;
                try {
                    stop(candidate);
                } catch (RuntimeException ignored) {
                    // it did not get far
                }
                if (!isBindProblem(e)) {
                    throw e;
                }
                sleep(BIND_RETRY_MILLIS);
            }
        }
        throw new IllegalStateException("Kafka could not bind " + config.getProperty("listeners"), last);
    }

    /** A clean shutdown, so the next start needs no log recovery. */
    static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
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

    private static boolean isBindProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
