package no.concerntrail.conversations.domain;

/** The concern's level as case-service names it, lowest first; a conversation may move it. */
public enum ConcernLevel {
    LOW,
    MODERATE,
    HIGH
}
