package no.concerntrail.conversations.domain;

import java.time.LocalDate;

/**
 * What conversation-service knows of a concern from case-service's events, handed to the decision: its status
 * and the subject's birth date (to tell a minor from an adult at the conversation's time), and whether it is
 * assigned and at which level (so an outcome case-service would refuse is refused here, while the officer is
 * still at the keyboard). Personal data stays out of {@link #toString()}, and so out of logs.
 *
 * @param level null when the events that said it came before conversation-service kept it
 */
public record ConcernAsKnown(KnownConcernStatus status, LocalDate subjectBirthDate, ConcernLevel level,
                             boolean assigned) {

    @Override
    public String toString() {
        return "ConcernAsKnown[status=" + status + ", level=" + level + ", assigned=" + assigned + "]";
    }
}
