package no.concerntrail.conversations.domain;

/**
 * A risk or protective factor from the configured list, identified by a stable code
 * (e.g. {@code family-conflict}); never free text.
 */
public record Factor(String code, FactorGroup group, FactorType type) {
}
