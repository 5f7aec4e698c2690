package no.concerntrail.conversations.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.conversations.domain.command.EraseConversation;
import no.concerntrail.conversations.projection.ConversationViews;
import no.concerntrail.conversations.projection.KnownConcerns;
import no.concerntrail.platform.erasure.ConcernErasures;
import no.concerntrail.platform.events.EventType;
import no.concerntrail.platform.messaging.CloudEventHandler;
import no.concerntrail.platform.messaging.IncomingCloudEvent;
import org.jboss.logging.Logger;

/**
 * Applies one case event to what conversation-service knows of concerns, in the transaction that claims its
 * {@code ce_id}: a redelivered event changes nothing. A body that breaks the contract is logged and skipped by the
 * consumer template: the concern then stays unknown (or keeps its last status) rather than every concern waiting
 * behind it.
 */
@Singleton
public class CaseEventsHandler implements CloudEventHandler<CaseEventFacts> {

    private static final Logger LOG = Logger.getLogger(CaseEventsHandler.class);

    @Inject
    KnownConcerns concerns;
    @Inject
    ConversationViews conversations;
    @Inject
    ConcernErasures erasures;

    @Override
    public void apply(IncomingCloudEvent event, CaseEventFacts facts) {
        String name = EventType.parse(event.type()).orElseThrow().name();
        boolean known = switch (name) {
            case CaseEventsReader.RECEIVED -> {
                concerns.received(facts.concernId(), facts.district(), facts.subject().birthDate(),
                        facts.level() == null ? null : ConcernLevel.valueOf(facts.level()), facts.at());
                yield true;
            }
            case CaseEventsReader.ASSIGNED -> concerns.assigned(facts.concernId(), facts.assignee(), facts.at());
            case CaseEventsReader.TRANSFERRED -> concerns.transferred(facts.concernId(), facts.to(), facts.at());
            case CaseEventsReader.ERASED -> {
                // each conversation takes no command any more and forgets the person; the concern's key goes
                erasures.erase(facts.concernId(), conversations.idsOf(facts.concernId()), EraseConversation::new,
                        "case-service:" + event.id());
                yield concerns.erased(facts.concernId(), facts.at());
            }
            case CaseEventsReader.RAISED, CaseEventsReader.LOWERED ->
                    concerns.levelChanged(facts.concernId(), ConcernLevel.valueOf(facts.to()), facts.at());
            default -> concerns.statusChanged(facts.concernId(), status(name, facts), facts.at());
        };
        if (!known) {
            // only if the topic lost the concern's first event: nothing to plan against either way
            LOG.warnf("%s %s is about a concern that was never received; skipped", event.type(), event.id());
        }
    }

    /** The published status; v1 events from before it was published say it by their type and outcome. */
    private static KnownConcernStatus status(String name, CaseEventFacts facts) {
        if (name.equals(CaseEventsReader.CLOSED)) {
            return KnownConcernStatus.CLOSED;
        } else if (facts.status() != null) {
            return KnownConcernStatus.valueOf(facts.status());
        } else if (name.equals(CaseEventsReader.TRIAGED)) {
            return "ADOPTED".equals(facts.outcome()) ? KnownConcernStatus.OPEN : KnownConcernStatus.CLOSED;
        }
        return KnownConcernStatus.OPEN;
    }
}
