package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** The conversation was called off, for the reason recorded. */
@Revision("1")
public record ConversationCancelled(
        UUID conversationId,
        @DataSubject UUID concernId,
        @PersonalData String reason,
        String actor,
        Instant at) implements ConversationEvent {
}
