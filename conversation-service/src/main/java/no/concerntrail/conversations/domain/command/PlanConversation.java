package no.concerntrail.conversations.domain.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.concerntrail.conversations.domain.ConcernAsKnown;
import no.concerntrail.conversations.domain.ConversationKind;
import no.concerntrail.conversations.domain.Guardian;
import no.concerntrail.conversations.domain.SummonsGround;

/**
 * Plans a conversation about a concern: an invitation, or (for a minor, on a Police Act § 13 ground) a summons.
 *
 * @param concern                   what is known of the concern; null when conversation-service has never heard of it
 * @param guardiansNotInvitedReason why a minor's guardians are not invited, when they are not
 */
public record PlanConversation(
        UUID conversationId,
        UUID concernId,
        ConcernAsKnown concern,
        ConversationKind kind,
        Instant plannedStart,
        String place,
        List<Guardian> guardians,
        String guardiansNotInvitedReason,
        boolean mandatory,
        SummonsGround summonsGround,
        String actor) {

    public PlanConversation {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }

    /** The guardians and the free text stay out of logs. */
    @Override
    public String toString() {
        return "PlanConversation[conversationId=" + conversationId + ", concernId=" + concernId + ", mandatory="
                + mandatory + ", personal data]";
    }
}
