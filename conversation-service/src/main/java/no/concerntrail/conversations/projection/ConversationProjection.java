package no.concerntrail.conversations.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.UUID;
import no.concerntrail.conversations.domain.ConversationStatus;
import no.concerntrail.conversations.domain.event.ConversationCancelled;
import no.concerntrail.conversations.domain.event.ConversationDeclined;
import no.concerntrail.conversations.domain.event.ConversationErased;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationNoShow;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import no.concerntrail.conversations.domain.event.ConversationRescheduled;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The only writer of the conversation read models (conversation_view, follow_up). It runs in the
 * transaction that appends the events (a subscribing processor), so a client reads its own writes.
 */
@Singleton
public class ConversationProjection {

    @Inject
    ConversationViews views;
    @Inject
    FollowUps followUps;

    @EventHandler
    void on(ConversationPlanned e, @SequenceNumber long version) {
        views.insert(new ConversationView(e.conversationId(), e.concernId(), e.kind().name(),
                ConversationStatus.PLANNED, e.plannedStart(), e.place(), e.mandatory(), e.summonsGround(),
                e.guardians(), e.guardiansNotInvitedReason(), e.actor(), e.at(), null, null, version, false));
    }

    @EventHandler
    void on(ConversationErased e, @SequenceNumber long version) {
        views.replace(current(e.conversationId()).erased(version));
        followUps.erase(e.conversationId());
    }

    @EventHandler
    void on(ConversationRescheduled e, @SequenceNumber long version) {
        views.replace(current(e.conversationId()).moved(e.plannedStart(), e.place(), version));
    }

    @EventHandler
    void on(ConversationHeld e, @SequenceNumber long version) {
        views.replace(current(e.conversationId()).held(e, version));
        followUps.meet(e.concernId(), e.conversationId(), e.startedAt());
        if (e.wayForward().followUpDate() != null) {
            followUps.agree(e.conversationId(), e.concernId(), e.wayForward().followUpDate(), e.startedAt(),
                    e.wayForward().measures());
        }
    }

    @EventHandler
    void on(ConversationDeclined e, @SequenceNumber long version) {
        conclude(e.conversationId(), ConversationStatus.DECLINED, new ConversationView.Conclusion(e.reason(), e.actor(), e.at()), version);
    }

    @EventHandler
    void on(ConversationCancelled e, @SequenceNumber long version) {
        conclude(e.conversationId(), ConversationStatus.CANCELLED, new ConversationView.Conclusion(e.reason(), e.actor(), e.at()), version);
    }

    @EventHandler
    void on(ConversationNoShow e, @SequenceNumber long version) {
        conclude(e.conversationId(), ConversationStatus.NO_SHOW, new ConversationView.Conclusion(e.note(), e.actor(), e.at()), version);
    }

    private void conclude(UUID conversationId, ConversationStatus status, ConversationView.Conclusion how, long version) {
        views.replace(current(conversationId).concluded(status, how, version));
    }

    private ConversationView current(UUID conversationId) {
        return views.find(conversationId).orElseThrow(() ->
                new IllegalStateException("No conversation_view row for " + conversationId));
    }
}
