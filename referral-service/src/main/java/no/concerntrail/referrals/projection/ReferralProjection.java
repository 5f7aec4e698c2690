package no.concerntrail.referrals.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.UUID;
import no.concerntrail.referrals.domain.ReferralStatus;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralErased;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.domain.event.SubjectNotified;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The only writer of referral_view. It runs in the transaction that appends the events (a subscribing processor), so
 * a client reads its own writes and a partner never sees a referral the police's append did not keep.
 */
@Singleton
public class ReferralProjection {

    @Inject
    ReferralViews views;

    @EventHandler
    void on(ReferralMade e, @SequenceNumber long version) {
        views.insert(ReferralView.of(e, version));
    }

    @EventHandler
    void on(ReferralAcknowledged e, @SequenceNumber long version) {
        views.replace(current(e.referralId()).acknowledged(e.at(), version));
    }

    @EventHandler
    void on(ReferralAccepted e, @SequenceNumber long version) {
        answer(e.referralId(), new ReferralView.Answer(ReferralStatus.ACCEPTED, null, e.actor(), e.at()), version);
    }

    @EventHandler
    void on(ReferralDeclined e, @SequenceNumber long version) {
        answer(e.referralId(), new ReferralView.Answer(ReferralStatus.DECLINED, e.reason(), e.actor(), e.at()), version);
    }

    @EventHandler
    void on(ReferralCompleted e, @SequenceNumber long version) {
        answer(e.referralId(), new ReferralView.Answer(ReferralStatus.COMPLETED, e.note(), e.actor(), e.at()), version);
    }

    @EventHandler
    void on(ReferralWithdrawn e, @SequenceNumber long version) {
        answer(e.referralId(), new ReferralView.Answer(ReferralStatus.WITHDRAWN, e.reason(), e.actor(), e.at()), version);
    }

    @EventHandler
    void on(SubjectNotified e, @SequenceNumber long version) {
        views.replace(current(e.referralId()).told(
                new ReferralView.Notified(e.notifiedAt(), e.method(), e.actor(), e.at()), version));
    }

    @EventHandler
    void on(ReferralErased e, @SequenceNumber long version) {
        views.replace(current(e.referralId()).erased(e.at(), version));
    }

    @EventHandler
    void on(NotificationDeferred e, @SequenceNumber long version) {
        views.replace(current(e.referralId()).deferred(
                new ReferralView.Deferral(e.reason(), e.until(), e.actor(), e.at()), version));
    }

    private void answer(UUID referralId, ReferralView.Answer how, long version) {
        views.replace(current(referralId).answered(how, version));
    }

    private ReferralView current(UUID referralId) {
        return views.find(referralId).orElseThrow(() ->
                new IllegalStateException("No referral_view row for " + referralId));
    }
}
