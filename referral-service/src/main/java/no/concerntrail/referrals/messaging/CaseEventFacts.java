package no.concerntrail.referrals.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.concerntrail.platform.security.SubjectLength;

/**
 * The tolerant reader of {@code concerntrail.case.events}: the few fields referral-service needs from any concern
 * event, whatever else case-service adds. Never case-service's own classes.
 *
 * @param district a ConcernReceived's police district, which need-to-know decides by (absent from early events)
 * @param assignee who a ConcernAssigned assigned the concern to, who may then see its referrals too
 * @param subject  a ConcernReceived's subject: only the birth date, which decides who may consent
 * @param status   the concern's status after a ConcernTriaged or ConcernReopened
 * @param outcome  a ConcernTriaged's outcome, which says the status where an early event did not
 * @param to       the district a ConcernTransferred went to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseEventFacts(UUID concernId, String district, String assignee, Subject subject, String status,
                      String outcome, String to, Instant at) {

    private static final Set<String> STATUSES = Set.of("RECEIVED", "OPEN", "CLOSED");
    /** The shape of a district's code, not the list: a district added later is still stored, and seen by its own. */
    private static final Pattern DISTRICT = Pattern.compile("[A-Z_]{1,32}");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subject(LocalDate birthDate) {
    }

    /** What makes it unusable, naming fields only; null when it is fine. */
    String problem(String name) {
        boolean received = name.equals(CaseEventsReader.RECEIVED);
        boolean assigned = name.equals(CaseEventsReader.ASSIGNED);
        boolean transferred = name.equals(CaseEventsReader.TRANSFERRED);
        if (concernId == null || at == null) {
            return "concernId or at is missing";
        } else if (assigned && (assignee == null || assignee.length() > SubjectLength.MAX)) {
            return "assignee is missing or longer than " + SubjectLength.MAX;
        } else if (district != null && !DISTRICT.matcher(district).matches()
                || transferred && (to == null || !DISTRICT.matcher(to).matches())) {
            return "the district is not a district's code";
        } else if (received && (subject == null || subject.birthDate() == null)) {
            return "subject.birthDate is missing";
        } else if (status != null && !STATUSES.contains(status)) {
            return "status is not one of " + STATUSES;
        }
        return null;
    }
}
