package no.concerntrail.referrals.domain;

import java.time.LocalDate;

/**
 * What referral-service knows of a concern from case-service's events, handed to the decision: whether it was
 * adopted and is not closed, and the subject's birth date (the age decides who may consent and which duties apply);
 * once case-service erased it, erased and without the birth date.
 */
public record ConcernAsKnown(boolean adopted, boolean closed, LocalDate subjectBirthDate, boolean erased) {

    @Override
    public String toString() {
        return "ConcernAsKnown[adopted=" + adopted + ", closed=" + closed + ", erased=" + erased + "]";
    }
}
