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
 * referral-service's police-internal events (concerntrail.referral.events) into the concerns' timelines: the
 * platform's consumer template (see {@link CloudEventConsumer}), with {@link ReferralEventsReader} and
 * {@link ReferralEventsHandler}.
 */
@Singleton
public class ReferralEventsConsumer extends CloudEventConsumer<ReferralEvent> {

    @Inject
    ReferralEventsHandler handler;

    ReferralEventsConsumer() {
        super(new ReferralEventsReader());
    }

    @ConfigProperty(name = "mp.messaging.incoming.referral-events.topic")
    String topic;

    @Override
    protected String topic() {
        return topic;
    }

    @Override
    protected CloudEventHandler<ReferralEvent> handler() {
        return handler;
    }

    @Incoming("referral-events")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void receive(ConsumerRecord<String, byte[]> record) {
        consume(record);
    }
}
