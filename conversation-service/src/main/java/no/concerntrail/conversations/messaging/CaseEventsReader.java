package no.concerntrail.conversations.messaging;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import no.concerntrail.platform.events.IncomingCloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code concerntrail.case.events} from the beginning, one event at a time and in order per concern.
 * The record is acknowledged only after its effects committed: at-least-once, made exactly-once by
 * {@link KnownConcernsUpdate}. A failure that may pass (the database away, a lock) is retried with a fresh
 * transaction, backing off to once every 30 s, for as long as it takes: an event is never skipped because the
 * database was down. A record that can never be read is logged and skipped, so it cannot stop every concern.
 */
@Singleton
public class CaseEventsReader {

    private static final Logger LOG = Logger.getLogger(CaseEventsReader.class);

    @Inject
    KnownConcernsUpdate update;

    @Incoming("case-events")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecord<String, byte[]> record) {
        IncomingCloudEvent event;
        try {
            event = IncomingCloudEvent.of(record);
        } catch (IllegalArgumentException notACloudEvent) {
            LOG.errorf("%s; skipped", notACloudEvent.getMessage());
            return;
        }
        try {
            update.apply(event);
        } catch (RuntimeException failure) {
            LOG.warnf("%s %s could not be applied and is retried: %s", event.type(), event.id(),
                    failure.getClass().getSimpleName());
            throw failure;
        }
    }
}
