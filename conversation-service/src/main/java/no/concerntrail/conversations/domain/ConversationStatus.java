package no.concerntrail.conversations.domain;

/** Where a conversation stands: planned, then concluded in exactly one way. */
public enum ConversationStatus {
    PLANNED,
    HELD,
    DECLINED,
    CANCELLED,
    NO_SHOW
}
