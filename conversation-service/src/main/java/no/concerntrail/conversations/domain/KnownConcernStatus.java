package no.concerntrail.conversations.domain;

/** A concern's status as case-service last published it; ERASED once case-service erased its personal data. */
public enum KnownConcernStatus {
    RECEIVED,
    OPEN,
    CLOSED,
    ERASED
}
