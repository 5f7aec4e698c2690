package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Nobody came to the conversation (a summons or an invitation); the note says what was tried. */
@Revision("1")
public record ConversationNoShow(
        UUID conversationId,
        UUID concernId,
        boolean mandatory,
        String note,
        String actor,
        Instant at) implements ConversationEvent {
}
