package no.concerntrail.conversations.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import no.concerntrail.platform.events.CloudEventPublisher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The publisher of conversation events to Kafka, configured from the service's {@code kafka.*} settings. */
@Singleton
public class ConversationEventsPublication {

    @Produces
    @Singleton
    CloudEventPublisher publisher(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                                  @ConfigProperty(name = "concerntrail.conversation-events.topic") String topic,
                                  @ConfigProperty(name = "concerntrail.publication.ack-timeout") Duration ackTimeout) {
        return new CloudEventPublisher(topic, URI.create("/concerntrail/conversation-service"), kafka,
                new ConversationEventsContract(), ackTimeout);
    }

    void close(@Disposes CloudEventPublisher publisher) {
        publisher.close();
    }
}
