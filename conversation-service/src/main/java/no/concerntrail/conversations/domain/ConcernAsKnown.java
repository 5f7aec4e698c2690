package no.concerntrail.conversations.domain;

import java.time.LocalDate;

/**
 * What conversation-service knows of a concern from case-service's events, handed to the decision:
 * its status and the subject's birth date (to tell a minor from an adult at the conversation's time).
 * Personal data stays out of {@link #toString()}, and so out of logs.
 */
public record ConcernAsKnown(KnownConcernStatus status, LocalDate subjectBirthDate) {

    @Override
    public String toString() {
        return "ConcernAsKnown[status=" + status + "]";
    }
}
