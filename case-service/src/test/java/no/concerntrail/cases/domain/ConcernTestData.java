package no.concerntrail.cases.domain;

import no.concerntrail.platform.police.PoliceDistrict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import no.concerntrail.cases.domain.command.ReceiveConcern;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

/** One concern's story told in events, and the people in it. */
final class ConcernTestData {

    static final UUID CONCERN_ID = UUID.fromString("3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c90");
    static final UUID CONVERSATION_ID = UUID.fromString("a7e1d2c3-4b5a-4f6e-8d9c-0b1a2c3d4e5f");
    static final UUID OTHER_CONVERSATION_ID = UUID.fromString("b8f2e3d4-5c6b-4a7f-9e0d-1c2b3d4e5f60");

    /** When the command under test runs. */
    static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    /** When the given history happened. */
    static final Instant EARLIER = NOW.minus(Duration.ofDays(20));

    static final PoliceDistrict DISTRICT = PoliceDistrict.SOR_OST;
    static final String INTAKE_OFFICER = "intake-officer-1";
    static final String TEAM_LEAD = "team-lead-1";
    static final String CASE_WORKER = "rk-kari";
    static final String OTHER_CASE_WORKER = "rk-ola";

    static final LocalDate BIRTH_DATE = LocalDate.of(2009, 5, 17);
    static final Reporter TEACHER = new Reporter("Kari Lærer", "kari@skole.example", "teacher");

    private ConcernTestData() {
    }

    static AggregateTestFixture<Concern> fixture() {
        return new AggregateTestFixture<>(Concern.class);
    }

    /** The fixture at {@link #NOW} with the given history. */
    static TestExecutor<Concern> given(Object... events) {
        return fixture().givenCurrentTime(NOW).andGiven(events);
    }

    static Subject subject() {
        return new Subject("Ola Nordmann", BIRTH_DATE, null, "Drammen");
    }

    static ReceiveConcern report() {
        return report(draft -> { });
    }

    /** The standard report with some fields changed. */
    static ReceiveConcern report(Consumer<ReportDraft> change) {
        ReportDraft draft = new ReportDraft();
        change.accept(draft);
        return new ReceiveConcern(draft.concernId, draft.district, draft.source, draft.reporter, draft.subject,
                draft.category, draft.summary, draft.level, draft.actor);
    }

    static final class ReportDraft {
        UUID concernId = CONCERN_ID;
        PoliceDistrict district = DISTRICT;
        ConcernSource source = ConcernSource.SCHOOL;
        Reporter reporter = TEACHER;
        Subject subject = subject();
        ConcernCategory category = ConcernCategory.RADICALISATION;
        String summary = "Talks about violence against a named group";
        ConcernLevel level = ConcernLevel.MODERATE;
        String actor = INTAKE_OFFICER;
    }

    static ConcernReceived received() {
        return new ConcernReceived(CONCERN_ID, DISTRICT, ConcernSource.SCHOOL, TEACHER, subject(),
                "Drammen", ConcernCategory.RADICALISATION, "Talks about violence against a named group", ConcernLevel.MODERATE,
                INTAKE_OFFICER, EARLIER);
    }

    static ConcernTriaged adopted() {
        return new ConcernTriaged(CONCERN_ID, TriageOutcome.ADOPTED, "Concrete statements", null, TEAM_LEAD, EARLIER);
    }

    static ConcernTriaged closedAtTriage() {
        return new ConcernTriaged(CONCERN_ID, TriageOutcome.MISGUIDED, "A school play, not a threat", null, TEAM_LEAD,
                EARLIER);
    }

    static ConcernAssigned assigned() {
        return new ConcernAssigned(CONCERN_ID, CASE_WORKER, null, TEAM_LEAD, EARLIER);
    }

    static ConcernClosed closed() {
        return new ConcernClosed(CONCERN_ID, "Stable at school, in a football team", CASE_WORKER, EARLIER);
    }

    /** Received, awaiting triage. */
    static Object[] newConcern() {
        return new Object[] {received()};
    }

    /** Adopted at triage, nobody assigned yet, level MODERATE. */
    static Object[] adoptedConcern() {
        return new Object[] {received(), adopted()};
    }

    /** Adopted and assigned to {@link #CASE_WORKER}, level MODERATE: ready for work. */
    static Object[] workedConcern() {
        return new Object[] {received(), adopted(), assigned()};
    }

    /** Closed at triage without being adopted. */
    static Object[] concernClosedAtTriage() {
        return new Object[] {received(), closedAtTriage()};
    }

    /** Adopted, assigned, then closed. */
    static Object[] concernClosedAfterWork() {
        return new Object[] {received(), adopted(), assigned(), closed()};
    }
}
