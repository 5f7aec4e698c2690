package no.concerntrail.cases.domain;

/** How worried the police are about the subject. Declared from lowest to highest: the order is the meaning. */
public enum ConcernLevel {
    LOW,
    MODERATE,
    HIGH;

    public boolean isHigherThan(ConcernLevel other) {
        return compareTo(other) > 0;
    }

    public boolean isLowerThan(ConcernLevel other) {
        return compareTo(other) < 0;
    }
}
