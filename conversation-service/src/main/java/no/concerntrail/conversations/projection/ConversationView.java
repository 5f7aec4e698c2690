package no.concerntrail.conversations.projection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.concerntrail.conversations.domain.ConversationStatus;
import no.concerntrail.conversations.domain.Guardian;
import no.concerntrail.conversations.domain.SummonsGround;
import no.concerntrail.conversations.domain.event.ConversationHeld;

/**
 * A conversation as a case worker sees it: the plan, and how it was concluded. Police eyes only: it
 * carries the protected note and the credibility assessment of a held conversation.
 *
 * @param held       what was recorded when it was held, null otherwise
 * @param conclusion who declined, cancelled or recorded the no-show, when and why; null while planned or once held
 * @param version    the sequence number of its last event: what If-Match carries
 */
public record ConversationView(UUID conversationId, UUID concernId, String kind, ConversationStatus status,
                               Instant plannedStart, String place, boolean mandatory, SummonsGround summonsGround,
                               List<Guardian> guardians, String guardiansNotInvitedReason, String plannedBy,
                               Instant plannedAt, ConversationHeld held, Conclusion conclusion, long version) {

    /** How a conversation that was not held ended, and why. */
    public record Conclusion(String reason, String actor, Instant at) {
    }

    ConversationView concluded(ConversationStatus newStatus, Conclusion how, long newVersion) {
        return new ConversationView(conversationId, concernId, kind, newStatus, plannedStart, place, mandatory,
                summonsGround, guardians, guardiansNotInvitedReason, plannedBy, plannedAt, held, how, newVersion);
    }

    ConversationView moved(Instant newStart, String newPlace, long newVersion) {
        return new ConversationView(conversationId, concernId, kind, status, newStart, newPlace, mandatory,
                summonsGround, guardians, guardiansNotInvitedReason, plannedBy, plannedAt, held, conclusion, newVersion);
    }

    ConversationView held(ConversationHeld record, long newVersion) {
        return new ConversationView(conversationId, concernId, kind, ConversationStatus.HELD, plannedStart, place,
                mandatory, summonsGround, guardians, guardiansNotInvitedReason, plannedBy, plannedAt, record, null,
                newVersion);
    }

    /** What was recorded stays out of logs. */
    @Override
    public String toString() {
        return "ConversationView[conversationId=" + conversationId + ", concernId=" + concernId + ", status=" + status
                + ", personal data]";
    }
}
