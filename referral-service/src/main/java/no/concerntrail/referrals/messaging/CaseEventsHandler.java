package no.concerntrail.referrals.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import no.concerntrail.platform.erasure.ConcernErasures;
import no.concerntrail.platform.events.EventType;
import no.concerntrail.platform.messaging.CloudEventHandler;
import no.concerntrail.platform.messaging.IncomingCloudEvent;
import no.concerntrail.referrals.domain.command.EraseReferral;
import no.concerntrail.referrals.projection.KnownConcerns;
import no.concerntrail.referrals.projection.ReferralViews;
import org.jboss.logging.Logger;

/**
 * Applies one case event to what referral-service knows of concerns, in the transaction that claims its
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
    ReferralViews referrals;
    @Inject
    ConcernErasures erasures;

    @Override
    public void apply(IncomingCloudEvent event, CaseEventFacts facts) {
        String name = EventType.parse(event.type()).orElseThrow().name();
        boolean known = switch (name) {
            case CaseEventsReader.RECEIVED -> {
                concerns.received(facts.concernId(), facts.district(), facts.subject().birthDate(), facts.at());
                yield true;
            }
            case CaseEventsReader.ASSIGNED -> concerns.assigned(facts.concernId(), facts.assignee(), facts.at());
            case CaseEventsReader.TRANSFERRED -> concerns.transferred(facts.concernId(), facts.to(), facts.at());
            case CaseEventsReader.ERASED -> {
                // each referral takes no command any more, forgets the person and tells its partner; the key goes
                erasures.erase(facts.concernId(), referrals.idsOf(facts.concernId()), EraseReferral::new,
                        "case-service:" + event.id());
                yield concerns.erased(facts.concernId(), facts.at());
            }
            default -> concerns.statusChanged(facts.concernId(), status(name, facts), facts.at());
        };
        if (!known) {
            // only if the topic lost the concern's first event: nothing to refer either way
            LOG.warnf("%s %s is about a concern that was never received; skipped", event.type(), event.id());
        }
    }

    /** The published status; v1 events from before it was published say it by their type and outcome. */
    private static String status(String name, CaseEventFacts facts) {
        if (name.equals(CaseEventsReader.CLOSED)) {
            return KnownConcerns.CLOSED;
        } else if (facts.status() != null) {
            return facts.status();
        } else if (name.equals(CaseEventsReader.TRIAGED)) {
            return "ADOPTED".equals(facts.outcome()) ? KnownConcerns.OPEN : KnownConcerns.CLOSED;
        }
        return KnownConcerns.OPEN;
    }
}
