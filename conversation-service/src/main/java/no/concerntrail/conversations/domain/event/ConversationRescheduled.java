package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** The planned conversation moved to a new time and place. */
@Revision("1")
public record ConversationRescheduled(
        UUID conversationId,
        @DataSubject UUID concernId,
        Instant plannedStart,
        @PersonalData String place,
        String actor,
        Instant at) implements ConversationEvent {
}
