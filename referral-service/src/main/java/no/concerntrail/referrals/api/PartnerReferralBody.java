package no.concerntrail.referrals.api;

import java.time.Instant;
import no.concerntrail.referrals.contract.PartnerReferralData;
import no.concerntrail.referrals.domain.ReferralStatus;
import no.concerntrail.referrals.messaging.PartnerFeed;
import no.concerntrail.referrals.messaging.PartnerReferralEvent;
import no.concerntrail.referrals.partner.Entitlement;
import no.concerntrail.referrals.projection.ReferralView;

/**
 * A referral as its partner reads it over REST: what the partner feed gave it when the referral was made (picked by
 * the agency's policy from the stored ReferralMade, never from the police's view as it is), where the referral
 * stands now, and the partner's own words on its decline or completion. The police's withdrawal reason and the
 * records of telling the subject stay out, as on the partner's topic.
 */
final class PartnerReferralBody {

    private PartnerReferralBody() {
    }

    static PartnerReferralData of(ReferralView view, Entitlement entitlement) {
        PartnerReferralData made = PartnerFeed.toPartner(view.made(), entitlement).map(PartnerReferralEvent::data)
                .orElse(PartnerReferralData.status(view.referralId(), view.agency(), view.status().name(),
                        view.madeAt()));
        ReferralView.Answer answer = view.answer();
        return new PartnerReferralData(made.referralId(), made.agency(), view.status().name(), lastAnswered(view),
                made.subject(), made.helpNeeds(), made.message(), made.policeContact(), made.legalBasis(),
                own(answer, ReferralStatus.DECLINED), own(answer, ReferralStatus.COMPLETED));
    }

    /** When the status last changed: the police's own records (telling the subject) do not move it. */
    private static Instant lastAnswered(ReferralView view) {
        if (view.answer() != null) {
            return view.answer().at();
        }
        return view.acknowledgedAt() != null ? view.acknowledgedAt() : view.madeAt();
    }

    private static String own(ReferralView.Answer answer, ReferralStatus status) {
        return answer != null && answer.status() == status ? answer.text() : null;
    }
}
