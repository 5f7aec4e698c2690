package no.concerntrail.cases.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.TriageOutcome;

/**
 * One concern as case workers see it: its current state and the concern's summary, never the reporter. The district
 * (a police district's code) is null for a concern received before districts were recorded.
 */
public record ConcernView(UUID concernId, long version, String district, ConcernStatus status, ConcernLevel level,
                             ConcernCategory category, ConcernSource source, String summary, String subjectName,
                             LocalDate birthDate, String municipality, String assignee, TriageOutcome triage,
                             Instant receivedAt, Instant updatedAt) {
}
