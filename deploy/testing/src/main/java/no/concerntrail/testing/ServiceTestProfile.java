package no.concerntrail.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A service on the shared real infrastructure: its own database, its own Kafka principal, the test JWT keys.
 * A service's profile is this with its name: {@code public CaseServiceInfra() { super("case-service"); }}.
 */
public abstract class ServiceTestProfile implements QuarkusTestProfile {

    private final Map<String, String> service;

    protected ServiceTestProfile(String service) {
        this.service = Map.of(ServiceArgs.SERVICE, service);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PostgresTestResource.class, service),
                new TestResourceEntry(KafkaTestResource.class, service),
                new TestResourceEntry(JwtTestResource.class));
    }
}
