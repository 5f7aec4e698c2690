package no.concerntrail.referrals.domain;

import java.time.LocalDate;

/**
 * What referral-service knows of a concern from case-service's events, handed to the decision: whether it was
 * adopted and is not closed, and the subject's birth date (the age decides who may consent and which duties apply).
 */
public record ConcernAsKnown(boolean adopted, boolean closed, LocalDate subjectBirthDate) {

    @Override
    public String toString() {
        return "ConcernAsKnown[adopted=" + adopted + ", closed=" + closed + "]";
    }
}
