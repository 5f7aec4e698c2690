package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** Nobody came to the conversation (a summons or an invitation); the note says what was tried. */
@Revision("1")
public record ConversationNoShow(
        UUID conversationId,
        @DataSubject UUID concernId,
        boolean mandatory,
        @PersonalData String note,
        String actor,
        Instant at) implements ConversationEvent {
}
