package no.concerntrail.conversations.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import no.concerntrail.platform.events.IncomingCloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code concerntrail.case.events} from the beginning, one event at a time and in order per concern.
 * A failure (the database away, a lock) is retried with a fresh transaction; when retries run out the
 * channel stops and health reports it, so an event is never skipped. The record is acknowledged only
 * after its effects committed: at-least-once, made exactly-once by {@link KnownConcernsUpdate}.
 */
@Singleton
public class CaseEventsReader {

    @Inject
    KnownConcernsUpdate update;

    @Incoming("case-events")
    @Blocking
    @Retry(maxRetries = 30, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200, jitterDelayUnit = ChronoUnit.MILLIS)
    public void consume(ConsumerRecord<String, byte[]> record) {
        update.apply(IncomingCloudEvent.of(record));
    }
}
