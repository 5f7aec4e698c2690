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
 * @param erased     its concern was erased: the place, the guardians, the reasons and what was recorded of the person
 *                   are gone, and it takes no command
 */
public record ConversationView(UUID conversationId, UUID concernId, String kind, ConversationStatus status,
                               Instant plannedStart, String place, boolean mandatory, SummonsGround summonsGround,
                               List<Guardian> guardians, String guardiansNotInvitedReason, String plannedBy,
                               Instant plannedAt, ConversationHeld held, Conclusion conclusion, long version,
                               boolean erased) {

    /** How a conversation that was not held ended, and why. */
    public record Conclusion(String reason, String actor, Instant at) {
    }

    ConversationView concluded(ConversationStatus newStatus, Conclusion how, long newVersion) {
        return new ConversationView(conversationId, concernId, kind, newStatus, plannedStart, place, mandatory,
                summonsGround, guardians, guardiansNotInvitedReason, plannedBy, plannedAt, held, how, newVersion, erased);
    }

    ConversationView moved(Instant newStart, String newPlace, long newVersion) {
        return new ConversationView(conversationId, concernId, kind, status, newStart, newPlace, mandatory,
                summonsGround, guardians, guardiansNotInvitedReason, plannedBy, plannedAt, held, conclusion, newVersion,
                erased);
    }

    ConversationView held(ConversationHeld record, long newVersion) {
        return new ConversationView(conversationId, concernId, kind, ConversationStatus.HELD, plannedStart, place,
                mandatory, summonsGround, guardians, guardiansNotInvitedReason, plannedBy, plannedAt, record, null,
                newVersion, erased);
    }

    /** Without what its events no longer say once the concern's key is gone: what it was, when and who stay. */
    ConversationView erased(long newVersion) {
        ConversationHeld record = held == null ? null : new ConversationHeld(held.conversationId(), held.concernId(),
                held.kind(), held.startedAt(), held.endedAt(), held.heldBy(), held.guidingOfficer(), null,
                held.rightsNotice(), held.purposes(), held.outcome(), held.newLevel(), null, held.helpNeeds(), null,
                null, null, held.actor(), held.at());
        Conclusion how = conclusion == null ? null : new Conclusion(null, conclusion.actor(), conclusion.at());
        return new ConversationView(conversationId, concernId, kind, status, plannedStart, null, mandatory,
                summonsGround, null, null, plannedBy, plannedAt, record, how, newVersion, true);
    }

    /** What was recorded stays out of logs. */
    @Override
    public String toString() {
        return "ConversationView[conversationId=" + conversationId + ", concernId=" + concernId + ", status=" + status
                + ", personal data]";
    }
}
