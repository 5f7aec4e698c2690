package no.concerntrail.conversations.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The tolerant reader of {@code concerntrail.case.events}: the few fields conversation-service needs from
 * any concern event, whatever else case-service adds. Never case-service's own classes.
 *
 * @param status the concern's status after a ConcernTriaged or ConcernReopened
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseEventFacts(UUID concernId, Subject subject, String status, Instant at) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subject(LocalDate birthDate) {
    }
}
