package no.concerntrail.cases.domain;

/** Where a concern came from. Only the kind of source: a named reporter's identity is a {@link Reporter}. */
public enum ConcernSource {
    ANONYMOUS,
    PRIVATE_PERSON,
    SCHOOL,
    FAMILY,
    PARTNER_AGENCY,
    POLICE,
    ONLINE
}
