package no.concerntrail.platform.messaging;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import no.concerntrail.platform.rules.RuleViolation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The consumer template every service uses for another service's events: Consumer (Kafka in, retries, the claim
 * of each {@code ce_id} in the transaction of its effect) → Reader ({@link TolerantReader}: the consumer's own
 * records) → Handler ({@link CloudEventHandler}: the effect).
 *
 * <p>A service's Consumer extends this and hands each record of its {@code @Incoming} channel to {@link #consume},
 * annotated {@code @Blocking} and with a {@code @Retry} that never gives up: records come one at a time in
 * partition order (a concern's events in order), and the offset is committed after the method returns. Each
 * attempt gets fresh transactions, so a failure that may pass (the database away, a user changing the same thing
 * at that moment) is retried from scratch for as long as it lasts: an event is never skipped because of it. What
 * can never be read (no CloudEvent, a broken body) is logged and skipped, and what can never be stored (a value the
 * database refuses) is parked ({@link ParkedEvents}), so neither can stop every concern behind it; a refusal by this
 * service is an answer, not a failure: the Handler records it and the consumer moves on.
 *
 * @param <T> the consumer's own record type
 */
public abstract class CloudEventConsumer<T> {

    private final Logger log = Logger.getLogger(getClass());
    private final TolerantReader<T> reader;

    @Inject
    ProcessedEvents processed;
    @Inject
    ParkedEvents parked;

    protected CloudEventConsumer(TolerantReader<T> reader) {
        this.reader = reader;
    }

    protected abstract CloudEventHandler<T> handler();

    /** The topic the consumer's channel reads, so a record of it that was parked can be read again. */
    protected abstract String topic();

    protected final void consume(ConsumerRecord<String, byte[]> record) {
        process(record);
    }

    /** A parked record run through again, after a fix; false when it is parked again. */
    final boolean retry(ConsumerRecord<String, byte[]> record) {
        return process(record);
    }

    /** @return false when the record was parked */
    private boolean process(ConsumerRecord<String, byte[]> record) {
        IncomingCloudEvent event;
        try {
            event = IncomingCloudEvent.of(record);
        } catch (IllegalArgumentException notACloudEvent) {
            // nothing to deduplicate on and nothing to show: retrying cannot help, stopping would block every concern
            log.errorf("%s; skipped", notACloudEvent.getMessage());
            return true;
        }
        Optional<T> read = read(event, Instant.ofEpochMilli(record.timestamp()));
        if (read.isEmpty()) {
            return true;
        }
        try {
            handle(event, read.get());
            return true;
        } catch (RuntimeException failure) {
            Optional<String> never = ParkedEvents.neverPasses(failure);
            if (never.isPresent()) {
                // retrying would stop every concern behind it on this partition, for ever
                parked.park(record, event, never.get());
                return false;
            }
            log.warnf("%s %s failed and is retried: %s", event.type(), event.id(), rootCause(failure));
            throw failure;
        }
    }

    private Optional<T> read(IncomingCloudEvent event, Instant published) {
        TolerantReader.Reading<T> reading = reader.read(event);
        if (reading instanceof TolerantReader.Read<T> read) {
            return Optional.of(read.event());
        }
        if (reading instanceof TolerantReader.Unreadable<T> unreadable) {
            Optional<T> instead = handler().unreadable(event, unreadable.name(), unreadable.problem(), published);
            if (instead.isEmpty()) {
                log.errorf("%s %s breaks the published contract (%s); skipped", event.type(), event.id(),
                        unreadable.problem());
            }
            return instead;
        }
        if (reading instanceof TolerantReader.NotRead<T> notRead && notRead.otherVersion()) {
            log.warnf("%s %s is a version this service does not read yet; ignored", event.type(), event.id());
        }
        return Optional.empty(); // a type this service does not read (tolerant reader)
    }

    private void handle(IncomingCloudEvent event, T read) {
        try {
            processed.once(event, () -> handler().apply(event, read));
        } catch (RuleViolation refusal) {
            // the claim rolled back with the refused effect: record the refusal in a new one (a retry would be refused again)
            log.infof("%s %s was not applied: %s", event.type(), event.id(), refusal.rule());
            processed.once(event, () -> handler().refused(event, read, refusal));
        }
    }

    /** The first and the innermost exception, without stack traces: 30 retries must not flood the log. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (caused by " + root + ")";
    }
}
