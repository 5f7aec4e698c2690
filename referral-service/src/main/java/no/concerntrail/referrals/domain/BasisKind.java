package no.concerntrail.referrals.domain;

/** The three ways the police may disclose to a partner; without one of them nothing is shared. */
public enum BasisKind {
    /** The subject's consent, or for a minor the guardians' (samtykke). */
    CONSENT,
    /** A statutory duty to notify (opplysningsplikt), e.g. to child welfare about a minor. */
    DUTY_TO_NOTIFY,
    /** Another exception to the duty of confidentiality, e.g. crime prevention, with its provision cited. */
    CONFIDENTIALITY_EXCEPTION
}
