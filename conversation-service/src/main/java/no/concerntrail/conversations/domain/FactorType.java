package no.concerntrail.conversations.domain;

public enum FactorType {
    RISK,
    PROTECTIVE
}
