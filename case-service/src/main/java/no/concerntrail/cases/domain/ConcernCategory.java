package no.concerntrail.cases.domain;

/**
 * What kind of harm the concern is about. Deliberately never an ideology or a religion: beliefs and
 * political opinions are not recorded as structured data.
 */
public enum ConcernCategory {
    VIOLENT_EXTREMISM,
    RADICALISATION,
    SERIOUS_YOUTH_CRIME,
    THREAT_OF_VIOLENCE,
    OTHER
}
