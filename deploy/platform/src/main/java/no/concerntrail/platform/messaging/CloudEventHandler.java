package no.concerntrail.platform.messaging;

import java.time.Instant;
import java.util.Optional;
import no.concerntrail.platform.rules.RuleViolation;

/**
 * What an incoming event does in this service: the third step of the consumer template (Consumer → Reader →
 * Handler). {@link CloudEventConsumer} calls it in a transaction that claims the event's {@code ce_id} first, so
 * the effect happens once however often Kafka delivers the event.
 *
 * @param <T> the consumer's own record type (see {@link TolerantReader})
 */
public interface CloudEventHandler<T> {

    /**
     * The event's effect, in the claiming transaction. A {@link RuleViolation} (this service refused what the
     * event asked for) rolls it back and is answered by {@link #refused}; any other exception is retried.
     */
    void apply(IncomingCloudEvent event, T read);

    /** What a refusal leaves behind, in a new claiming transaction: by default nothing (the consumer logs it). */
    default void refused(IncomingCloudEvent event, T read, RuleViolation refusal) {
    }

    /**
     * An event of a type this service reads whose body breaks the contract: the record to handle in its place
     * (then through {@link #apply}), or empty to log and skip it. A skipped event is not claimed, so a later
     * reader that can read it still may.
     *
     * @param published when it was published (the Kafka record's time), the body's own time being unreadable
     */
    default Optional<T> unreadable(IncomingCloudEvent event, String name, String problem, Instant published) {
        return Optional.empty();
    }
}
