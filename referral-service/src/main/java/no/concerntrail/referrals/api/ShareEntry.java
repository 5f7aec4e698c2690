package no.concerntrail.referrals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.projection.ReferralView;
import no.concerntrail.referrals.projection.ShareLog;

/**
 * One publication to a partner as the police account for it: which agency, which referral, which fields, on which
 * basis, when, and whether the person was told.
 *
 * @param ceId        the id the partner received the event under ({@code ce_id})
 * @param event       the partner event, e.g. {@code ReferralMade}
 * @param fields      the police's fields that went, by their configuration names; none for a status
 * @param citation    the provision a duty or exception rests on; null for consent
 * @param subjectTold as the referral now stands
 */
public record ShareEntry(String ceId, UUID referralId, String agency, String event, List<String> fields,
                         BasisKind basis, String citation, Instant sharedAt, SubjectTold subjectTold) {

    static ShareEntry of(ShareLog.Share share, ReferralView referral, LocalDate today) {
        return new ShareEntry(share.ceId(), share.referralId(), share.agency(), share.event(), share.fields(),
                share.basisKind(), share.citation(), share.sharedAt(), SubjectTold.of(referral, today));
    }
}
