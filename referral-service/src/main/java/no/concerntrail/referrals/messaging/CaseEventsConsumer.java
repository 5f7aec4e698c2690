package no.concerntrail.referrals.messaging;

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
 * case-service's events (concerntrail.case.events), from the beginning, into what referral-service knows of
 * concerns: the platform's consumer template (see {@link CloudEventConsumer}), with {@link CaseEventsReader} and
 * {@link CaseEventsHandler}.
 */
@Singleton
public class CaseEventsConsumer extends CloudEventConsumer<CaseEventFacts> {

    @Inject
    CaseEventsHandler handler;

    CaseEventsConsumer() {
        super(new CaseEventsReader());
    }

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String topic;

    @Override
    protected String topic() {
        return topic;
    }

    @Override
    protected CloudEventHandler<CaseEventFacts> handler() {
        return handler;
    }

    @Incoming("case-events")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void receive(ConsumerRecord<String, byte[]> record) {
        consume(record);
    }
}
