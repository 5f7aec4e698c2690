package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The planned conversation moved to a new time and place. */
@Revision("1")
public record ConversationRescheduled(
        UUID conversationId,
        UUID concernId,
        Instant plannedStart,
        String place,
        String actor,
        Instant at) implements ConversationEvent {
}
