package no.concerntrail.referrals.messaging;

import java.util.List;
import no.concerntrail.platform.events.PublishedContract;
import no.concerntrail.referrals.contract.ReferralEvents;
import no.concerntrail.referrals.domain.HelpNeed;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralErased;
import no.concerntrail.referrals.domain.event.ReferralEvent;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.domain.event.SubjectNotified;

/**
 * Maps each stored referral event to its published form (ReferralEvents), field by field: the subject, the consent,
 * the message and the police contact are never copied, so nothing leaks by default.
 */
public final class ReferralEventsContract {

    /** Version 1, keyed by the concern so each concern's events stay in order. */
    public static final PublishedContract V1 =
            PublishedContract.v1(ReferralEvents.PRODUCER, ReferralEvent.class, ReferralEvent::concernId,
                    ReferralEventsContract::published);

    private ReferralEventsContract() {
    }

    private static Object published(ReferralEvent event) {
        if (event instanceof ReferralMade e) {
            return made(e);
        } else if (event instanceof ReferralAcknowledged e) {
            return new ReferralEvents.ReferralAcknowledged(e.referralId(), e.concernId(), e.agency(), e.actor(),
                    e.at());
        } else if (event instanceof ReferralAccepted e) {
            return new ReferralEvents.ReferralAccepted(e.referralId(), e.concernId(), e.agency(), e.actor(), e.at());
        } else if (event instanceof ReferralDeclined e) {
            return new ReferralEvents.ReferralDeclined(e.referralId(), e.concernId(), e.agency(), e.reason(),
                    e.actor(), e.at());
        } else if (event instanceof ReferralCompleted e) {
            return new ReferralEvents.ReferralCompleted(e.referralId(), e.concernId(), e.agency(), e.note(),
                    e.actor(), e.at());
        } else if (event instanceof ReferralWithdrawn e) {
            return new ReferralEvents.ReferralWithdrawn(e.referralId(), e.concernId(), e.agency(), e.reason(),
                    e.actor(), e.at());
        } else if (event instanceof SubjectNotified e) {
            return new ReferralEvents.SubjectNotified(e.referralId(), e.concernId(), e.agency(), e.notifiedAt(),
                    e.method().name(), e.actor(), e.at());
        } else if (event instanceof NotificationDeferred e) {
            return new ReferralEvents.NotificationDeferred(e.referralId(), e.concernId(), e.agency(), e.reason(),
                    e.until(), e.actor(), e.at());
        } else if (event instanceof ReferralErased e) {
            return new ReferralEvents.ReferralErased(e.referralId(), e.concernId(), e.agency(), e.actor(), e.at());
        }
        throw new IllegalArgumentException("No published form for " + event.getClass().getName());
    }

    /** The provision as stored with the referral, so the citation is the one the partner was given. */
    private static ReferralEvents.ReferralMade made(ReferralMade e) {
        Provision provision = e.provision();
        return new ReferralEvents.ReferralMade(e.referralId(), e.concernId(), e.agency(), e.basis().kind().name(),
                provision == null ? null : provision.id(), provision == null ? null : provision.citation(),
                names(e.helpNeeds()), e.conversationId(), e.actor(), e.at());
    }

    private static List<String> names(List<HelpNeed> helpNeeds) {
        return helpNeeds == null ? List.of() : helpNeeds.stream().map(Enum::name).sorted().toList();
    }
}
