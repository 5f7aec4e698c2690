package no.concerntrail.conversations.domain;

/** Who was told that they have no duty to explain themselves. */
public enum NoticeRecipient {
    SUBJECT,
    GUARDIANS
}
