package no.concerntrail.cases.domain;

/**
 * Why a concern's personal data was erased: a team lead's grounds, on which the Police Records Act lets (or makes) the
 * police erase before a retention deadline, and the deadline itself. The request or decision is filed elsewhere,
 * under the erasure's reference; a deadline's reference is its rule's name.
 */
public enum ErasureGround {
    /** The person asked for it, and the police have no ground to keep it. */
    SUBJECT_REQUEST,
    /** It should never have been recorded (a wrong person, a report that was not a concern report). */
    UNLAWFULLY_RECORDED,
    /** It is no longer needed for the prevention work it was recorded for. */
    NO_LONGER_NEEDED,
    /** It was kept as long as its retention deadline allows (only the retention job erases on this ground). */
    RETENTION_DEADLINE
}
