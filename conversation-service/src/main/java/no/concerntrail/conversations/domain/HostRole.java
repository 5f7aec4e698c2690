package no.concerntrail.conversations.domain;

/** Who sat across the table: a police officer, or a trusted person with an officer guiding from outside. */
public enum HostRole {
    POLICE_OFFICER,
    TRUSTED_PERSON
}
