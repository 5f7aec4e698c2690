package no.concerntrail.conversations.domain;

/** What a held conversation means for the concern. */
public enum ConcernOutcome {
    LOWERED,
    RAISED,
    UNCHANGED;

    public boolean changesLevel() {
        return this != UNCHANGED;
    }
}
