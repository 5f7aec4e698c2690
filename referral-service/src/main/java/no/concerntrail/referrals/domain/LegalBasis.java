package no.concerntrail.referrals.domain;

/**
 * Why the police may tell this partner: consent (with its record), or a statutory duty or another exception to
 * confidentiality, named by the id of a provision the agency's configuration lists (its citation is there).
 *
 * @param consent   set for CONSENT, null otherwise
 * @param provision the configured provision's id for DUTY_TO_NOTIFY and CONFIDENTIALITY_EXCEPTION, null for CONSENT
 */
public record LegalBasis(BasisKind kind, Consent consent, String provision) {

    public static LegalBasis consent(Consent consent) {
        return new LegalBasis(BasisKind.CONSENT, consent, null);
    }

    public static LegalBasis duty(String provision) {
        return new LegalBasis(BasisKind.DUTY_TO_NOTIFY, null, provision);
    }

    public static LegalBasis exception(String provision) {
        return new LegalBasis(BasisKind.CONFIDENTIALITY_EXCEPTION, null, provision);
    }
}
