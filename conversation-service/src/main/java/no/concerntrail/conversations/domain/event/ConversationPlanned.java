package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.conversations.domain.ConversationKind;
import no.concerntrail.conversations.domain.Guardian;
import no.concerntrail.conversations.domain.SummonsGround;
import org.axonframework.serialization.Revision;

/**
 * A conversation was planned. The kind is stored as it was configured then; the subject's birth date as
 * case-service knew it then, so the rules of a later step judge the same person the planning did.
 */
@Revision("1")
public record ConversationPlanned(
        UUID conversationId,
        @DataSubject UUID concernId,
        ConversationKind kind,
        @PersonalData LocalDate subjectBirthDate,
        Instant plannedStart,
        @PersonalData String place,
        @PersonalData List<Guardian> guardians,
        @PersonalData String guardiansNotInvitedReason,
        boolean mandatory,
        SummonsGround summonsGround,
        String actor,
        Instant at) implements ConversationEvent {

    /** The birth date, the guardians and the free text stay out of logs. */
    @Override
    public String toString() {
        return "ConversationPlanned[conversationId=" + conversationId + ", concernId=" + concernId + ", kind="
                + kind.name() + ", mandatory=" + mandatory + ", personal data]";
    }
}
