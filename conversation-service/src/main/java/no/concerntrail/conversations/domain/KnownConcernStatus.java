package no.concerntrail.conversations.domain;

/** A concern's status as case-service last published it. */
public enum KnownConcernStatus {
    RECEIVED,
    OPEN,
    CLOSED
}
