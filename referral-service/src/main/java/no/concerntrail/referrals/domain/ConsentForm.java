package no.concerntrail.referrals.domain;

/** How consent was given. */
public enum ConsentForm {
    WRITTEN,
    ORAL
}
