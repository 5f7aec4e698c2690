package no.concerntrail.cases.domain;

public enum ConcernStatus {
    /** New, awaiting triage. */
    RECEIVED,
    /** Adopted as a case and being worked on. */
    OPEN,
    /** Nothing more to worry about for now; may be reopened when new information arrives. */
    CLOSED
}
