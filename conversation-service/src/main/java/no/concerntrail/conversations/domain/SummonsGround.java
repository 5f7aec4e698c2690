package no.concerntrail.conversations.domain;

/**
 * The Police Act (politiloven) § 13 fourth and fifth paragraphs: the only grounds on which the police may
 * require a minor and the parents to attend a conversation. Without one, attendance is voluntary.
 */
public enum SummonsGround {
    /** Reason to believe a person under 15 has committed an otherwise punishable act. */
    UNDER_15_OTHERWISE_PUNISHABLE_ACT,
    /** Reason to believe a person under 18 has committed a punishable act. */
    UNDER_18_PUNISHABLE_ACT
}
