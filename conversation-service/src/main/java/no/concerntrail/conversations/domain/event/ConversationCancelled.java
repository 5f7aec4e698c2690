package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The conversation was called off, for the reason recorded. */
@Revision("1")
public record ConversationCancelled(
        UUID conversationId,
        UUID concernId,
        String reason,
        String actor,
        Instant at) implements ConversationEvent {
}
