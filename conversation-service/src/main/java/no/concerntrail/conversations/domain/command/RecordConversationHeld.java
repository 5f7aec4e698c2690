package no.concerntrail.conversations.domain.command;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.conversations.domain.ConcernAsKnown;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.ConcernOutcome;
import no.concerntrail.conversations.domain.Credibility;
import no.concerntrail.conversations.domain.Factor;
import no.concerntrail.conversations.domain.HeldBy;
import no.concerntrail.conversations.domain.HelpNeed;
import no.concerntrail.conversations.domain.Purpose;
import no.concerntrail.conversations.domain.RightsNotice;
import no.concerntrail.conversations.domain.WayForward;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the conversation took place and what came of it.
 *
 * @param concern          the concern as conversation-service knows it now; null when it does not
 * @param guidingOfficer   the officer guiding a trusted person from outside; null when an officer held it
 * @param guardiansPresent the guardians who took part (names), empty when none did
 * @param newLevel         the concern's new level when the outcome is LOWERED or RAISED
 * @param note             the protected free-text note: police eyes only, never published
 */
public record RecordConversationHeld(
        @TargetAggregateIdentifier UUID conversationId,
        ConcernAsKnown concern,
        Instant startedAt,
        Instant endedAt,
        HeldBy heldBy,
        String guidingOfficer,
        List<String> guardiansPresent,
        RightsNotice rightsNotice,
        Set<Purpose> purposes,
        ConcernOutcome outcome,
        ConcernLevel newLevel,
        Credibility credibility,
        Set<HelpNeed> helpNeeds,
        List<Factor> factors,
        WayForward wayForward,
        String note,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {

    public RecordConversationHeld {
        guardiansPresent = guardiansPresent == null ? List.of() : List.copyOf(guardiansPresent);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        helpNeeds = helpNeeds == null ? Set.of() : Set.copyOf(helpNeeds);
        factors = factors == null ? List.of() : List.copyOf(factors);
        wayForward = wayForward == null ? WayForward.none() : wayForward;
    }

    /** The note, the assessments and the names stay out of logs. */
    @Override
    public String toString() {
        return "RecordConversationHeld[conversationId=" + conversationId + ", outcome=" + outcome + ", personal data]";
    }
}
