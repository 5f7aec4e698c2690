package no.concerntrail.conversations.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The tolerant reader of {@code concerntrail.case.events}: the few fields conversation-service needs from
 * any concern event, whatever else case-service adds. Never case-service's own classes.
 *
 * @param status  the concern's status after a ConcernTriaged or ConcernReopened
 * @param outcome a ConcernTriaged's outcome, which says the status where an early event did not
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseEventFacts(UUID concernId, Subject subject, String status, String outcome, Instant at) {

    private static final Set<String> STATUSES = Set.of("RECEIVED", "OPEN", "CLOSED");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subject(LocalDate birthDate) {
    }

    /** What makes it unusable, naming fields only; null when it is fine. */
    String problem(boolean received) {
        if (concernId == null || at == null) {
            return "concernId or at is missing";
        } else if (received && (subject == null || subject.birthDate() == null)) {
            return "subject.birthDate is missing";
        } else if (status != null && !STATUSES.contains(status)) {
            return "status is not one of " + STATUSES;
        }
        return null;
    }
}
