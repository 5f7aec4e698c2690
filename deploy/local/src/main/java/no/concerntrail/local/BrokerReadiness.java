package no.concerntrail.local;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Waits until a user can use the broker. That is also the readiness check after a start: the broker has registered
 * with its controller and serves metadata.
 */
final class BrokerReadiness {

    /** How long a start, or a change of users, may take to show. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private BrokerReadiness() {
    }

    /**
     * Returns once {@code user} authenticates and sees the cluster. A credential upserted a moment ago may not have
     * reached the broker's cache yet, so an authentication failure is retried too, until the deadline.
     */
    static void awaitAuthenticates(String bootstrapServers, String user, String password, BrokerProcess broker) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Map<String, Object> properties = LocalKafkaBroker.clientProperties(bootstrapServers, user, password);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        Exception last = null;
        try (Admin admin = Admin.create(properties)) {
            while (System.nanoTime() < deadline) {
                if (!broker.isAlive()) {
                    throw new IllegalStateException("Kafka at " + bootstrapServers + " is gone: " + broker.describe());
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Kafka user '" + user + "' could not use the broker at "
                + bootstrapServers + " within " + TIMEOUT + "; " + broker.describe(), last);
    }
}
