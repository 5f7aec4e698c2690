package no.concerntrail.cases.messaging;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import no.concerntrail.platform.messaging.CloudEventConsumer;
import no.concerntrail.platform.messaging.CloudEventHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * conversation-service's events (concerntrail.conversation.events) into the concerns' timelines, and held
 * conversations' outcomes applied to them: the platform's consumer template (see {@link CloudEventConsumer}),
 * with {@link ConversationEventsReader} and {@link ConversationEventsHandler}.
 */
@Singleton
public class ConversationEventsConsumer extends CloudEventConsumer<ConversationEvent> {

    @Inject
    ConversationEventsHandler handler;

    ConversationEventsConsumer() {
        super(new ConversationEventsReader());
    }

    @ConfigProperty(name = "mp.messaging.incoming.conversation-events.topic")
    String topic;

    @Override
    protected String topic() {
        return topic;
    }

    @Override
    protected CloudEventHandler<ConversationEvent> handler() {
        return handler;
    }

    @Incoming("conversation-events")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void receive(ConsumerRecord<String, byte[]> record) {
        consume(record);
    }
}
