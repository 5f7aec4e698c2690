package no.concerntrail.referrals.domain;

/** Who consented: the subject, or for a minor who may not consent alone, the guardians. */
public enum ConsentGiver {
    SUBJECT,
    GUARDIANS
}
