package no.concerntrail.referrals.api;

import java.time.LocalDate;
import no.concerntrail.referrals.projection.ReferralView;

/**
 * Whether the person was told that their data went to the partner: the right to be told, and the police's record of
 * keeping it or putting it off.
 *
 * @param status   TOLD; DEFERRED (until a day not yet passed); DEFERRAL_RUN_OUT (the day passed and they are not
 *                 told yet: tell them, or defer anew with a reason); NOT_TOLD
 * @param told     when and how, once told
 * @param deferral the latest deferral: its reason and until when
 */
public record SubjectTold(Status status, ReferralView.Notified told, ReferralView.Deferral deferral) {

    public enum Status {
        TOLD, DEFERRED, DEFERRAL_RUN_OUT, NOT_TOLD
    }

    /** As of {@code today} (Norwegian date): a deferral until a day runs out when that day has passed. */
    static SubjectTold of(ReferralView referral, LocalDate today) {
        Status status;
        if (referral.notified() != null) {
            status = Status.TOLD;
        } else if (referral.deferral() == null) {
            status = Status.NOT_TOLD;
        } else {
            status = referral.deferral().until().isBefore(today) ? Status.DEFERRAL_RUN_OUT : Status.DEFERRED;
        }
        return new SubjectTold(status, referral.notified(), referral.deferral());
    }
}
