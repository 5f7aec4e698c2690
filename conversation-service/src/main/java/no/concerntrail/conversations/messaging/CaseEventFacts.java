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
 * @param level   a ConcernReceived's level
 * @param to      the level a ConcernRaised or ConcernLowered went to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseEventFacts(UUID concernId, Subject subject, String status, String outcome, String level, String to,
                      Instant at) {

    private static final Set<String> STATUSES = Set.of("RECEIVED", "OPEN", "CLOSED");
    private static final Set<String> LEVELS = Set.of("LOW", "MODERATE", "HIGH");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subject(LocalDate birthDate) {
    }

    /** What makes it unusable, naming fields only; null when it is fine. */
    String problem(boolean received, boolean levelChange) {
        if (concernId == null || at == null) {
            return "concernId or at is missing";
        } else if (received && (subject == null || subject.birthDate() == null)) {
            return "subject.birthDate is missing";
        } else if (status != null && !STATUSES.contains(status)) {
            return "status is not one of " + STATUSES;
        } else if (level != null && !LEVELS.contains(level) || levelChange && (to == null || !LEVELS.contains(to))) {
            return "the level is not one of " + LEVELS;
        }
        return null;
    }
}
