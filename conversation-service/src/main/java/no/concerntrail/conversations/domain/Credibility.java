package no.concerntrail.conversations.domain;

/**
 * The officer's assessment of the person's credibility. Personal data under the Police Records Act:
 * it never leaves conversation-service.
 */
public enum Credibility {
    CREDIBLE,
    PARTLY_CREDIBLE,
    NOT_CREDIBLE,
    NOT_ASSESSED
}
