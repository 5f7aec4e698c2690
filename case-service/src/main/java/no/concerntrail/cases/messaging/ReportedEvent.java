package no.concerntrail.cases.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Another service's event about a concern as case-service reads it for its timeline ({@link TimelineReports}):
 * each consumer's own records implement this, whatever else they carry. A readable one is also stored, as read, in
 * case-service's event store, so the concern's whole history (its own events and what the other services reported)
 * replays from one store in the order case-service learnt it: the analysts' history and statistics read it there.
 * Stored, the records are case-service's own history as well as its reading of a contract: a change to one gets a new
 * {@code @Revision} and an upcaster, as the concern's events do.
 */
public interface ReportedEvent {

    UUID concernId();

    String actor();

    Instant at();

    /**
     * What of it is stored in the event store: all but the free text a person wrote (a partner's reason or note), which
     * stays in the timeline only, where it can be deleted; the event store is append-only.
     */
    default ReportedEvent stored() {
        return this;
    }

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
