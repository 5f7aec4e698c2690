package no.concerntrail.referrals.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.domain.NotificationMethod;
import no.concerntrail.referrals.domain.ReferralStatus;
import no.concerntrail.referrals.domain.event.ReferralMade;

/**
 * A referral as the police see it: the referral as made (the subject's details exactly as they were confirmed), the
 * partner's answers, and the record of telling the subject. Police eyes only; a partner's body is built from it by
 * the agency's policy.
 *
 * @param made      the stored ReferralMade, whole
 * @param answer    the latest answer: the partner's acceptance, decline (with its reason) or completion (with its
 *                  note), or the police's withdrawal (with their reason); null while there is none
 * @param notified  when and how the subject was told; null while not told
 * @param deferral  the latest deferral of telling the subject; null when there is none
 * @param updatedAt when the last event happened
 * @param version        the sequence number of its last event: what the police's If-Match carries
 * @param partnerVersion how many times what the partner sees has changed since the referral was made (its answers,
 *                       a withdrawal): what the partner's If-Match carries, so the police's own records of telling the
 *                       subject, which the partner never sees, do not make its version stale
 * @param erased         its concern was erased: the subject, the message and every reason and note are gone, and it
 *                       takes no command; the partner was told
 */
public record ReferralView(UUID referralId, UUID concernId, String agency, ReferralStatus status, BasisKind basisKind,
                           Instant madeAt, ReferralMade made, Instant acknowledgedAt, Answer answer,
                           Notified notified, Deferral deferral, Instant updatedAt, long version,
                           long partnerVersion, boolean erased) {

    /** Who answered or withdrew, when, and in their words. */
    public record Answer(ReferralStatus status, String text, String actor, Instant at) {
    }

    public record Notified(Instant notifiedAt, NotificationMethod method, String actor, Instant at) {
    }

    public record Deferral(String reason, LocalDate until, String actor, Instant at) {
    }

    static ReferralView of(ReferralMade made, long version) {
        return new ReferralView(made.referralId(), made.concernId(), made.agency(), ReferralStatus.MADE,
                made.basis().kind(), made.at(), made, null, null, null, null, made.at(), version, 0, false);
    }

    ReferralView acknowledged(Instant at, long newVersion) {
        return new ReferralView(referralId, concernId, agency, ReferralStatus.ACKNOWLEDGED, basisKind, madeAt, made, at,
                answer, notified, deferral, at, newVersion, partnerVersion + 1, erased);
    }

    ReferralView answered(Answer how, long newVersion) {
        return new ReferralView(referralId, concernId, agency, how.status(), basisKind, madeAt, made, acknowledgedAt,
                how, notified, deferral, how.at(), newVersion, partnerVersion + 1, erased);
    }

    ReferralView told(Notified how, long newVersion) {
        return new ReferralView(referralId, concernId, agency, status, basisKind, madeAt, made, acknowledgedAt, answer,
                how, deferral, how.at(), newVersion, partnerVersion, erased);
    }

    ReferralView deferred(Deferral how, long newVersion) {
        return new ReferralView(referralId, concernId, agency, status, basisKind, madeAt, made, acknowledgedAt, answer,
                notified, how, how.at(), newVersion, partnerVersion, erased);
    }

    /**
     * Without what its events no longer say once the concern's key is gone: to whom, on which basis, what was answered
     * and when stay (what was shared, and with whom, is the police's record of the disclosure).
     */
    ReferralView erased(Instant at, long newVersion) {
        ReferralMade what = new ReferralMade(made.referralId(), made.concernId(), made.agency(), made.basis(),
                made.provision(), made.helpNeeds(), made.conversationId(), null, null, made.policeContact(),
                made.actor(), made.at());
        return new ReferralView(referralId, concernId, agency, status, basisKind, madeAt, what, acknowledgedAt,
                answer == null ? null : new Answer(answer.status(), null, answer.actor(), answer.at()), notified,
                deferral == null ? null : new Deferral(null, deferral.until(), deferral.actor(), deferral.at()), at,
                newVersion, partnerVersion + 1, true);
    }

    /** The referral's personal data stays out of logs. */
    @Override
    public String toString() {
        return "ReferralView[referralId=" + referralId + ", concernId=" + concernId + ", agency=" + agency
                + ", status=" + status + ", version=" + version + ", personal data]";
    }
}
