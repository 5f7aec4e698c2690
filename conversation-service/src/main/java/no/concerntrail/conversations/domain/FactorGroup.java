package no.concerntrail.conversations.domain;

/**
 * The four groups of risk and protective factors (the prevention network Plattform's grouping). The last
 * is about attitudes to violence and democracy, never religion or political opinion.
 */
public enum FactorGroup {
    PERSONAL,
    FAMILY,
    SOCIAL,
    ATTITUDES_TO_VIOLENCE
}
