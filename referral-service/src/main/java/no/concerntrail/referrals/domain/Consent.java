package no.concerntrail.referrals.domain;

import java.time.Instant;
import java.util.List;

/**
 * Consent to the referral: who gave it, when and how.
 *
 * @param guardians the names of the guardians who consented, when {@code givenBy} is GUARDIANS; empty otherwise
 */
public record Consent(ConsentGiver givenBy, List<String> guardians, Instant givenAt, ConsentForm form) {

    public Consent {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }

    @Override
    public String toString() {
        return "Consent[givenBy=" + givenBy + ", form=" + form + ", personal data]";
    }
}
