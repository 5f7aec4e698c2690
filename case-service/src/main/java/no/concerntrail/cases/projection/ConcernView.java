package no.concerntrail.cases.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.Subject;
import no.concerntrail.cases.domain.TriageOutcome;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernTriaged;

/**
 * One concern as case workers see it: its current state and the concern's summary, never the reporter. The district
 * (a police district's code) is null for a concern received before districts were recorded. Once the concern is
 * {@code erased}, its summary and subject are null.
 *
 * <p>What each event does to it is said once, here: the read model stores the result after every event, and a view
 * as of a past moment folds the concern's events up to then.
 */
public record ConcernView(UUID concernId, long version, String district, ConcernStatus status, ConcernLevel level,
                          ConcernCategory category, ConcernSource source, String summary, String subjectName,
                          LocalDate birthDate, String municipality, String assignee, TriageOutcome triage,
                          Instant receivedAt, Instant updatedAt, boolean erased) {

    /** The concern as its first event made it ({@code version}: that event's sequence number). */
    public static ConcernView received(ConcernReceived e, long version) {
        // an erased concern's report reads with its subject null
        Subject subject = e.subject() == null ? new Subject(null, null, null, null) : e.subject();
        return new ConcernView(e.concernId(), version, e.district() == null ? null : e.district().name(),
                ConcernStatus.RECEIVED, e.level(), e.category(), e.source(), e.summary(), subject.name(),
                subject.birthDate(), e.municipality(), null, null, e.at(), e.at(), e.subject() == null);
    }

    /** The concern after one more of its events ({@code version}: that event's sequence number). */
    public ConcernView after(ConcernEvent e, long version) {
        if (e instanceof ConcernTriaged triaged) {
            return with(version, e.at(), district, triaged.outcome().closesConcern() ? ConcernStatus.CLOSED
                    : ConcernStatus.OPEN, level, assignee, triaged.outcome());
        }
        if (e instanceof ConcernAssigned assigned) {
            return with(version, e.at(), district, status, level, assigned.assignee(), triage);
        }
        if (e instanceof ConcernRaised raised) {
            return with(version, e.at(), district, status, raised.to(), assignee, triage);
        }
        if (e instanceof ConcernLowered lowered) {
            return with(version, e.at(), district, status, lowered.to(), assignee, triage);
        }
        if (e instanceof ConcernClosed) {
            return with(version, e.at(), district, ConcernStatus.CLOSED, level, assignee, triage);
        }
        if (e instanceof ConcernReopened reopened) {
            // reopened after a triage closure it awaits triage again (its triage undone); after adoption it is open
            return with(version, e.at(), district, reopened.status(), level, assignee,
                    reopened.status() == ConcernStatus.RECEIVED ? null : triage);
        }
        if (e instanceof ConcernTransferred transferred) {
            return with(version, e.at(), transferred.to().name(), status, level, assignee, triage);
        }
        if (e instanceof ConcernErased) {
            return new ConcernView(concernId, version, district, status, level, category, source, null, null, null,
                    null, assignee, triage, receivedAt, e.at(), true);
        }
        throw new IllegalArgumentException("A concern's view does not know " + e.getClass().getSimpleName());
    }

    private ConcernView with(long newVersion, Instant at, String newDistrict, ConcernStatus newStatus,
                             ConcernLevel newLevel, String newAssignee, TriageOutcome newTriage) {
        return new ConcernView(concernId, newVersion, newDistrict, newStatus, newLevel, category, source, summary,
                subjectName, birthDate, municipality, newAssignee, newTriage, receivedAt, at, erased);
    }
}
