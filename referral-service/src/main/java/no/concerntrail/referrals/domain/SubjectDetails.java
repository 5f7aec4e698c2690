package no.concerntrail.referrals.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The person referred, as the officer entered or confirmed it for this referral: exactly what the partner may be
 * given about them, kept in referral-service's own store.
 *
 * @param birthDate the one the concern knows: the officer confirms who is referred
 * @param contact   how the partner reaches an adult; may be null for a minor, who is reached through the guardians
 * @param guardians a minor's guardians with their contact; empty for an adult
 */
public record SubjectDetails(String name, LocalDate birthDate, ContactDetails contact, List<GuardianContact> guardians) {

    public SubjectDetails {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }

    @Override
    public String toString() {
        return "SubjectDetails[personal data]";
    }
}
