package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernTestData.CASE_WORKER;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.DISTRICT;
import static no.concerntrail.cases.domain.ConcernTestData.CONVERSATION_ID;
import static no.concerntrail.cases.domain.ConcernTestData.INTAKE_OFFICER;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.TEACHER;
import static no.concerntrail.cases.domain.ConcernTestData.TEAM_LEAD;
import static no.concerntrail.cases.domain.ConcernTestData.fixture;
import static no.concerntrail.cases.domain.ConcernTestData.given;
import static no.concerntrail.cases.domain.ConcernTestData.report;
import static no.concerntrail.cases.domain.ConcernTestData.subject;
import static no.concerntrail.cases.domain.ConcernTestData.workedConcern;
import static no.concerntrail.testing.FixtureEvents.onlyEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.concerntrail.cases.domain.command.AssignConcern;
import no.concerntrail.cases.domain.command.CloseConcern;
import no.concerntrail.cases.domain.command.LowerConcern;
import no.concerntrail.cases.domain.command.RaiseConcern;
import no.concerntrail.cases.domain.command.ReopenConcern;
import no.concerntrail.cases.domain.command.TriageConcern;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

class ConcernLifecycleTest {

    private static final List<Object> COMMANDS = List.of(
            report(),
            new TriageConcern(CONCERN_ID, TriageOutcome.ADOPTED, "Concrete threats", null, null, TEAM_LEAD),
            new AssignConcern(CONCERN_ID, CASE_WORKER, null, TEAM_LEAD),
            new RaiseConcern(CONCERN_ID, ConcernLevel.HIGH, "Bought a knife", null, null, CASE_WORKER),
            new LowerConcern(CONCERN_ID, ConcernLevel.LOW, null, CONVERSATION_ID, null, CASE_WORKER),
            new CloseConcern(CONCERN_ID, "Stable, in school and football", null, CASE_WORKER),
            new ReopenConcern(CONCERN_ID, "New posts online", null, CASE_WORKER));

    private static final List<ConcernEvent> EVENTS = List.of(
            new ConcernReceived(CONCERN_ID, DISTRICT, ConcernSource.SCHOOL, TEACHER, subject(), "Drammen",
                    ConcernCategory.RADICALISATION,
                    report().summary(), ConcernLevel.MODERATE, INTAKE_OFFICER, NOW),
            new ConcernTriaged(CONCERN_ID, TriageOutcome.ADOPTED, "Concrete threats", null, TEAM_LEAD, NOW),
            new ConcernAssigned(CONCERN_ID, CASE_WORKER, null, TEAM_LEAD, NOW),
            new ConcernRaised(CONCERN_ID, ConcernLevel.MODERATE, ConcernLevel.HIGH, "Bought a knife", null, CASE_WORKER, NOW),
            new ConcernLowered(CONCERN_ID, ConcernLevel.HIGH, ConcernLevel.LOW, null, CONVERSATION_ID, CASE_WORKER, NOW),
            new ConcernClosed(CONCERN_ID, "Stable, in school and football", CASE_WORKER, NOW),
            new ConcernReopened(CONCERN_ID, "New posts online", ConcernStatus.OPEN, CASE_WORKER, NOW));

    private static final List<ConcernStatus> STATUSES = List.of(
            ConcernStatus.RECEIVED, ConcernStatus.OPEN, ConcernStatus.OPEN, ConcernStatus.OPEN, ConcernStatus.OPEN,
            ConcernStatus.CLOSED, ConcernStatus.OPEN);

    @Test
    void eachStepOfTheHappyLifecycleRecordsItsEvent() {
        for (int step = 0; step < COMMANDS.size(); step++) {
            int current = step;
            fixture().givenCurrentTime(NOW)
                    .andGivenCommands(COMMANDS.subList(0, step))
                    .when(COMMANDS.get(step))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(EVENTS.get(step))
                    .expectState(concern -> assertThat(concern.status()).as("after step %d", current)
                            .isEqualTo(STATUSES.get(current)));
        }
    }

    @Test
    void afterTheWholeLifecycleTheConcernIsOpenWithItsAssigneeAndLastLevel() {
        fixture().givenCurrentTime(NOW)
                .andGivenCommands(COMMANDS.subList(0, COMMANDS.size() - 1))
                .when(COMMANDS.get(COMMANDS.size() - 1))
                .expectState(concern -> {
                    assertThat(concern.status()).isEqualTo(ConcernStatus.OPEN);
                    assertThat(concern.assignee()).isEqualTo(CASE_WORKER);
                    assertThat(concern.level()).isEqualTo(ConcernLevel.LOW);
                    assertThat(concern.wasAdopted()).isTrue();
                    assertThat(concern.appliedCauses()).containsExactly(CONVERSATION_ID);
                });
    }

    @Test
    void eventsCarryTheTimeOfAxonsClock() {
        Instant later = NOW.plus(Duration.ofDays(400));
        fixture().givenCurrentTime(later)
                .andGiven((Object[]) workedConcern())
                .when(new CloseConcern(CONCERN_ID, "Done", null, CASE_WORKER))
                .expectEvents(new ConcernClosed(CONCERN_ID, "Done", CASE_WORKER, later));
    }

    @Test
    void theVersionTheCallerSawMustBeCurrent() {
        // three events: sequence numbers 0, 1, 2, so the concern is at version 2
        given(workedConcern())
                .when(new CloseConcern(CONCERN_ID, "Done", 2L, CASE_WORKER))
                .expectEvents(new ConcernClosed(CONCERN_ID, "Done", CASE_WORKER, NOW));
        given(workedConcern())
                .when(new CloseConcern(CONCERN_ID, "Done", 1L, CASE_WORKER))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void noVersionMeansNoCheck() {
        given(workedConcern())
                .when(new AssignConcern(CONCERN_ID, "rk-per", null, TEAM_LEAD))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConcernAssigned.class, e -> e.assignee().equals("rk-per")));
    }
}
