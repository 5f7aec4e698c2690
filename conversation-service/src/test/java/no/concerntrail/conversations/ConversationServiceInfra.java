package no.concerntrail.conversations;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import no.concerntrail.testing.JwtTestResource;
import no.concerntrail.testing.KafkaTestResource;
import no.concerntrail.testing.PostgresTestResource;

/** conversation-service on the shared real infrastructure: its own database, its own Kafka principal, test JWT keys. */
public class ConversationServiceInfra implements QuarkusTestProfile {

    private static final Map<String, String> SERVICE = Map.of("service", "conversation-service");

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PostgresTestResource.class, SERVICE),
                new TestResourceEntry(KafkaTestResource.class, SERVICE),
                new TestResourceEntry(JwtTestResource.class));
    }
}
