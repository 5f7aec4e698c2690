package no.concerntrail.conversations.domain;

/** Why the conversation was held; often several at once. */
public enum Purpose {
    CLARIFY,
    DETER,
    MAP_HELP_NEEDS,
    OFFER_HELP
}
