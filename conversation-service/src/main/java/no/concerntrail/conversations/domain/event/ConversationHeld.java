package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.ConcernOutcome;
import no.concerntrail.conversations.domain.Credibility;
import no.concerntrail.conversations.domain.Factor;
import no.concerntrail.conversations.domain.HeldBy;
import no.concerntrail.conversations.domain.HelpNeed;
import no.concerntrail.conversations.domain.Purpose;
import no.concerntrail.conversations.domain.RightsNotice;
import no.concerntrail.conversations.domain.WayForward;
import org.axonframework.serialization.Revision;

/**
 * The conversation took place: who held it, who took part, the rights notice, what it was for, what came
 * of it. The credibility assessment, the factors and the note are protected: they never leave this service.
 */
@Revision("1")
public record ConversationHeld(
        UUID conversationId,
        @DataSubject UUID concernId,
        String kind,
        Instant startedAt,
        Instant endedAt,
        HeldBy heldBy,
        String guidingOfficer,
        @PersonalData List<String> guardiansPresent,
        RightsNotice rightsNotice,
        Set<Purpose> purposes,
        ConcernOutcome outcome,
        ConcernLevel newLevel,
        @PersonalData Credibility credibility,
        Set<HelpNeed> helpNeeds,
        @PersonalData List<Factor> factors,
        @PersonalData WayForward wayForward,
        @PersonalData String note,
        String actor,
        Instant at) implements ConversationEvent {

    /** The note, the assessments and the names stay out of logs. */
    @Override
    public String toString() {
        return "ConversationHeld[conversationId=" + conversationId + ", concernId=" + concernId + ", outcome=" + outcome
                + ", personal data]";
    }
}
