package no.concerntrail.cases.domain;

/** The first assessment of a received concern. Every outcome but {@link #ADOPTED} ends the concern. */
public enum TriageOutcome {
    /** Nothing in it gives reason for concern. */
    NOT_A_CONCERN,
    /** Well meant, but based on a misunderstanding. */
    MISGUIDED,
    /** Made to harm the subject. */
    MALICIOUS,
    /** Belongs with another agency, which the reporter or subject has been pointed to. */
    SIGNPOSTED,
    /** Taken on as a case. */
    ADOPTED;

    public boolean closesConcern() {
        return this != ADOPTED;
    }
}
