package no.concerntrail.referrals.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Consent to the referral: who gave it, when and how.
 *
 * @param guardians the names of the guardians who consented, when {@code givenBy} is GUARDIANS; empty otherwise
 */
public record Consent(ConsentGiver givenBy, List<String> guardians, Instant givenAt, ConsentForm form) {

    /** Keeps a missing name (a null in the list) so consent-is-recorded can name it instead of failing here. */
    public Consent {
        guardians = guardians == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(guardians));
    }

    @Override
    public String toString() {
        return "Consent[givenBy=" + givenBy + ", form=" + form + ", personal data]";
    }
}
