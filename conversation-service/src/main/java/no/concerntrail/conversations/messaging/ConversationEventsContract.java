package no.concerntrail.conversations.messaging;

import java.util.Collection;
import java.util.List;
import no.concerntrail.conversations.contract.ConversationEvents;
import no.concerntrail.conversations.domain.HeldBy;
import no.concerntrail.conversations.domain.event.ConversationCancelled;
import no.concerntrail.conversations.domain.event.ConversationDeclined;
import no.concerntrail.conversations.domain.event.ConversationEvent;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationNoShow;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import no.concerntrail.conversations.domain.event.ConversationRescheduled;
import no.concerntrail.platform.events.PublishedContract;

/**
 * Maps each stored conversation event to its published form (ConversationEvents), field by field: the
 * note, the credibility assessment, the factors, names and free text are never copied, so nothing leaks by default.
 */
public final class ConversationEventsContract {

    /** Version 1, keyed by the concern so each concern's events stay in order. */
    public static final PublishedContract V1 =
            PublishedContract.v1(ConversationEvents.PRODUCER, ConversationEvent.class, ConversationEvent::concernId,
                    ConversationEventsContract::published);

    private ConversationEventsContract() {
    }

    private static Object published(ConversationEvent event) {
        if (event instanceof ConversationPlanned e) {
            return new ConversationEvents.ConversationPlanned(e.conversationId(), e.concernId(), e.kind().name(),
                    e.plannedStart(), e.mandatory(), e.summonsGround() == null ? null : e.summonsGround().name(),
                    e.guardians() == null ? null : !e.guardians().isEmpty(), e.actor(), e.at());
        } else if (event instanceof ConversationRescheduled e) {
            return new ConversationEvents.ConversationRescheduled(e.conversationId(), e.concernId(), e.plannedStart(),
                    e.actor(), e.at());
        } else if (event instanceof ConversationHeld e) {
            return held(e);
        } else if (event instanceof ConversationDeclined e) {
            return new ConversationEvents.ConversationDeclined(e.conversationId(), e.concernId(), e.actor(), e.at());
        } else if (event instanceof ConversationCancelled e) {
            return new ConversationEvents.ConversationCancelled(e.conversationId(), e.concernId(), e.actor(), e.at());
        } else if (event instanceof ConversationNoShow e) {
            return new ConversationEvents.ConversationNoShow(e.conversationId(), e.concernId(), e.mandatory(),
                    e.actor(), e.at());
        }
        throw new IllegalArgumentException("No published form for " + event.getClass().getName());
    }

    private static ConversationEvents.ConversationHeld held(ConversationHeld e) {
        HeldBy heldBy = e.heldBy();
        return new ConversationEvents.ConversationHeld(e.conversationId(), e.concernId(), e.kind(), e.startedAt(),
                e.endedAt(), heldBy.role().name(),
                heldBy.trustedPersonRole() == null ? null : heldBy.trustedPersonRole().name(), e.guidingOfficer(),
                e.guardiansPresent() == null ? null : !e.guardiansPresent().isEmpty(), e.rightsNotice().givenAt(),
                names(e.purposes()), e.outcome().name(), e.newLevel() == null ? null : e.newLevel().name(),
                names(e.helpNeeds()), e.wayForward() == null ? null : e.wayForward().measures().size(),
                e.wayForward() == null ? null : e.wayForward().followUpDate(), e.actor(), e.at());
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
