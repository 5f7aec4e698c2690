package no.concerntrail.conversations.domain;

/** The help needs a conversation maps (hjelpebehov). */
public enum HelpNeed {
    HOUSING,
    WORK,
    EDUCATION,
    HEALTH,
    FAMILY,
    SUBSTANCE_USE,
    FINANCES,
    LEISURE,
    NETWORK
}
