package no.concerntrail.cases.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Another service's event about a concern as case-service reads it for its timeline ({@link TimelineReports}):
 * each consumer's own records implement this, whatever else they carry. A readable one is also stored, as read, in
 * case-service's event store, so the concern's whole history (its own events and what the other services reported)
 * replays from one store in the order case-service learnt it: the analysts' history and statistics read it there.
 */
public interface ReportedEvent {

    UUID concernId();

    String actor();

    Instant at();

    /**
     * An event of a type case-service reads whose body breaks the contract: still shown in the concern's timeline, by
     * name and marked unreadable, when ce_subject names a concern, so the case worker does not miss that it happened.
     */
    interface Unreadable extends ReportedEvent {

        /** the event's name, e.g. ConversationHeld */
        String name();

        /** what is wrong, naming fields but never their values */
        String problem();

        @Override
        default String actor() {
            return null;
        }
    }
}
