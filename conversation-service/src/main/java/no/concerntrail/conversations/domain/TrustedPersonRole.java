package no.concerntrail.conversations.domain;

/** What a trusted person (tillitsperson) who holds a conversation is. */
public enum TrustedPersonRole {
    TEACHER,
    YOUTH_WORKER,
    SOCIAL_WORKER,
    HEALTH_WORKER,
    OTHER
}
