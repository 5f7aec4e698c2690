package no.concerntrail.referrals.domain;

/** How the subject was told that their data was given to the partner. */
public enum NotificationMethod {
    IN_PERSON,
    PHONE,
    LETTER,
    DIGITAL
}
