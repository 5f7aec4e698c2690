package no.concerntrail.testing;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.concerntrail.local.KafkaTopology;

/**
 * The one secured Kafka broker of a test JVM: started by the first test class that asks for it, with
 * ConcernTrail's {@link KafkaTopology} applied (random passwords), stopped when the JVM exits. Test classes with
 * other resources or init args (so another Quarkus application and class loader) still get the same broker.
 *
 * <p>Init arg {@code service} (required) names the service under test; its Kafka principal's credentials are
 * what the service gets in {@code kafka.sasl.jaas.config}, so a test sees exactly the ACLs production has.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "service", value = "case-service"))
 * class CaseEventsPublishedTest { ... }
 * }</pre>
 *
 * Returns {@code kafka.bootstrap.servers}, {@code kafka.security.protocol}, {@code kafka.sasl.mechanism},
 * {@code kafka.sasl.jaas.config}, {@code quarkus.devservices.enabled=false} and WARN levels for the broker's
 * log categories. (Quarkus decides on Dev Services while it builds the test application, before any resource
 * starts: the service's application.properties must say {@code quarkus.devservices.enabled=false} too.)
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = ServiceArgs.service(initArgs, KafkaTestResource.class);
    }

    @Override
    public Map<String, String> start() {
        return Shared.<Function<String, Map<String, String>>>operation("kafka.config").apply(service);
    }

    @Override
    public void stop() {
        // the broker outlives the test class: it is the JVM's, and stopped by a shutdown hook
    }

    // ---------------------------------------------------------------------------------------------- for tests

    /** The broker (started if needed): tests may {@code stop()} and {@code start()} it. */
    public static SharedKafkaBroker broker() {
        return SharedKafkaBroker.INSTANCE;
    }

    /** The topology as applied, with the principals' passwords. */
    public static KafkaTopology topology() {
        return KafkaTopology.concernTrail(Shared.<Supplier<Map<String, String>>>operation("kafka.passwords").get());
    }

    /** Client properties of the super user {@code admin}: for test consumers that read anything. */
    public static Map<String, Object> adminClientProperties() {
        return broker().adminClientProperties();
    }

    /** Client properties of a principal of the topology (e.g. {@code conversation-service}) or {@code admin}. */
    public static Map<String, Object> clientProperties(String user) {
        return broker().clientProperties(user);
    }
}
