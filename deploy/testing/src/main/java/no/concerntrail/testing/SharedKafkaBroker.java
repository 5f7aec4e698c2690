package no.concerntrail.testing;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;

/**
 * A test's handle on the JVM's one broker (an {@code LocalKafkaBroker} that lives in the system class loader,
 * so not one a Quarkus test class could hold directly). Stop it and start it again to test what a service does
 * while Kafka is away: it comes back on the same port with the same data and users.
 */
public final class SharedKafkaBroker {

    static final SharedKafkaBroker INSTANCE = new SharedKafkaBroker();

    private SharedKafkaBroker() {
    }

    /** Stops the broker (clean shutdown, ~0.2-0.4 s); producers of the service buffer and retry. */
    public void stop() {
        Shared.<Runnable>operation("kafka.stop").run();
    }

    /** Starts it again on the same port with the same log directory; returns once clients can authenticate. */
    public void start() {
        Shared.<Runnable>operation("kafka.start").run();
    }

    /** Starts it unless it runs: a test that stops it calls this after each test, so a failed one leaves it running. */
    public void ensureRunning() {
        if (!isRunning()) {
            start();
        }
    }

    public boolean isRunning() {
        return Shared.<BooleanSupplier>operation("kafka.running").getAsBoolean();
    }

    /** {@code 127.0.0.1:<port>}, the same for the whole JVM. */
    public String bootstrapServers() {
        return Shared.<Supplier<String>>operation("kafka.bootstrapServers").get();
    }

    /**
     * bootstrap.servers, security.protocol, sasl.mechanism and sasl.jaas.config of {@code user}: {@code admin}
     * (super user) or a principal of the topology such as {@code case-service}. A fresh mutable map.
     */
    public Map<String, Object> clientProperties(String user) {
        return new java.util.HashMap<>(Shared.<Function<String, Map<String, Object>>>operation("kafka.clientProperties").apply(user));
    }

    public Map<String, Object> adminClientProperties() {
        return clientProperties("admin");
    }

    /** An admin client of the super user, made with the caller's Kafka classes; the caller closes it. */
    public Admin createAdmin() {
        return Admin.create(adminClientProperties());
    }

    @Override
    public String toString() {
        return "SharedKafkaBroker[" + bootstrapServers() + (isRunning() ? ", running]" : ", stopped]");
    }
}
