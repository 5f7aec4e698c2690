package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** The invited person declined the (voluntary) conversation; the reason is theirs, when they gave one. */
@Revision("1")
public record ConversationDeclined(
        UUID conversationId,
        @DataSubject UUID concernId,
        @PersonalData String reason,
        String actor,
        Instant at) implements ConversationEvent {
}
