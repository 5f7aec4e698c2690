package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.RULES;
import static no.concerntrail.cases.domain.ConcernTestData.CASE_WORKER;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.CONVERSATION_ID;
import static no.concerntrail.cases.domain.ConcernTestData.EARLIER;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.TEAM_LEAD;
import static no.concerntrail.cases.domain.ConcernTestData.adoptedConcern;
import static no.concerntrail.cases.domain.ConcernTestData.concernClosedAfterWork;
import static no.concerntrail.cases.domain.ConcernTestData.concernClosedAtTriage;
import static no.concerntrail.cases.domain.ConcernTestData.given;
import static no.concerntrail.cases.domain.ConcernTestData.newConcern;
import static no.concerntrail.cases.domain.ConcernTestData.workedConcern;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.stream.Stream;
import no.concerntrail.cases.domain.command.AssignConcern;
import no.concerntrail.cases.domain.command.CloseConcern;
import no.concerntrail.cases.domain.command.LowerConcern;
import no.concerntrail.cases.domain.command.RaiseConcern;
import no.concerntrail.cases.domain.command.ReopenConcern;
import no.concerntrail.cases.domain.command.TriageConcern;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReopened;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CloseAndReopenConcernTest {

    @Nested
    class Closing {

        @Test
        void closesAnAdoptedConcern() {
            given(workedConcern())
                    .when(close("Nothing more to worry about"))
                    .expectEvents(new ConcernClosed(CONCERN_ID, "Nothing more to worry about", CASE_WORKER, NOW))
                    .expectState(concern -> assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED));
        }

        @Test
        void closesAnAdoptedConcernNobodyWasAssigned() {
            given(adoptedConcern())
                    .when(close("Handled by the school"))
                    .expectEvents(new ConcernClosed(CONCERN_ID, "Handled by the school", CASE_WORKER, NOW));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "   ")
        void needsAReason(String reason) {
            given(workedConcern())
                    .when(close(reason))
                    .expectNoEvents()
                    .expectException(violates(RULES, "close-needs-reason"));
        }

        @Test
        void aConcernAwaitingTriageIsClosedByTriageNotByClose() {
            given(newConcern())
                    .when(close("Not a concern"))
                    .expectNoEvents()
                    .expectException(violates(RULES, "adopted-before-work"));
        }

        @Test
        void aClosedConcernIsNotClosedAgain() {
            given(concernClosedAfterWork())
                    .when(close("Still nothing"))
                    .expectNoEvents()
                    .expectException(violates(RULES, "closed-can-only-be-reopened"));
        }

        @Test
        void needsAnActor() {
            given(workedConcern())
                    .when(new CloseConcern(CONCERN_ID, "reason", null, null))
                    .expectException(violates(RULES, "required-field"))
                    .expectExceptionMessage(containsString("actor"));
        }
    }

    @Nested
    class Reopening {

        @Test
        void anAdoptedConcernReopensAsOpenKeepingAssigneeAndLevel() {
            given(workedConcern())
                    .andGiven(new ConcernRaised(CONCERN_ID, ConcernLevel.MODERATE, ConcernLevel.HIGH, "Threats", null,
                            CASE_WORKER, EARLIER), ConcernTestData.closed())
                    .when(reopen("New posts online"))
                    .expectEvents(new ConcernReopened(CONCERN_ID, "New posts online", ConcernStatus.OPEN, CASE_WORKER, NOW))
                    .expectState(concern -> {
                        assertThat(concern.status()).isEqualTo(ConcernStatus.OPEN);
                        assertThat(concern.assignee()).isEqualTo(CASE_WORKER);
                        assertThat(concern.level()).isEqualTo(ConcernLevel.HIGH);
                    });
        }

        @Test
        void aConcernClosedAtTriageReopensToBeTriagedAgain() {
            given(concernClosedAtTriage())
                    .when(reopen("The school sent a video"))
                    .expectEvents(new ConcernReopened(CONCERN_ID, "The school sent a video", ConcernStatus.RECEIVED, CASE_WORKER, NOW))
                    .expectState(concern -> {
                        assertThat(concern.status()).isEqualTo(ConcernStatus.RECEIVED);
                        assertThat(concern.assignee()).isNull();
                        assertThat(concern.level()).isEqualTo(ConcernLevel.MODERATE);
                    });
        }

        @Test
        void aConcernReopenedAfterTriageIsNotYetWorkedOn() {
            given(concernClosedAtTriage())
                    .andGiven(new ConcernReopened(CONCERN_ID, "New information", ConcernStatus.RECEIVED, CASE_WORKER, EARLIER))
                    .when(new AssignConcern(CONCERN_ID, CASE_WORKER, null, TEAM_LEAD))
                    .expectException(violates(RULES, "adopted-before-work"));
        }

        @Test
        void anOpenConcernIsNotReopened() {
            given(workedConcern())
                    .when(reopen("New information"))
                    .expectNoEvents()
                    .expectException(violates(RULES, "reopen-only-closed"));
        }

        @Test
        void aConcernAwaitingTriageIsNotReopened() {
            given(newConcern())
                    .when(reopen("New information"))
                    .expectNoEvents()
                    .expectException(violates(RULES, "reopen-only-closed"));
        }

        @Test
        void aReopenedConcernIsNotReopenedAgain() {
            given(concernClosedAfterWork())
                    .andGiven(new ConcernReopened(CONCERN_ID, "New information", ConcernStatus.OPEN, CASE_WORKER, EARLIER))
                    .when(reopen("Even newer information"))
                    .expectException(violates(RULES, "reopen-only-closed"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void needsAReason(String reason) {
            given(concernClosedAfterWork())
                    .when(reopen(reason))
                    .expectNoEvents()
                    .expectException(violates(RULES, "reopen-needs-reason"));
        }

        @Test
        void needsAnActor() {
            given(concernClosedAfterWork())
                    .when(new ReopenConcern(CONCERN_ID, "New information", null, " "))
                    .expectException(violates(RULES, "required-field"))
                    .expectExceptionMessage(containsString("actor"));
        }
    }

    /** Whatever else is wrong with the command, a closed concern says first that it is closed. */
    @Nested
    class AClosedConcern {

        static Stream<Object> everyCommandButReopen() {
            return Stream.of(
                    new TriageConcern(CONCERN_ID, TriageOutcome.ADOPTED, null, null, null, TEAM_LEAD),
                    new TriageConcern(CONCERN_ID, null, null, "agency", null, null),
                    new AssignConcern(CONCERN_ID, CASE_WORKER, null, TEAM_LEAD),
                    new AssignConcern(CONCERN_ID, "", null, null),
                    new RaiseConcern(CONCERN_ID, ConcernLevel.HIGH, "reason", null, null, CASE_WORKER),
                    new RaiseConcern(CONCERN_ID, ConcernLevel.LOW, null, null, null, null),
                    new RaiseConcern(CONCERN_ID, ConcernLevel.HIGH, null, CONVERSATION_ID, null, CASE_WORKER),
                    new LowerConcern(CONCERN_ID, ConcernLevel.LOW, "reason", null, null, CASE_WORKER),
                    new LowerConcern(CONCERN_ID, null, null, null, null, null),
                    new CloseConcern(CONCERN_ID, "reason", null, CASE_WORKER),
                    new CloseConcern(CONCERN_ID, null, null, null));
        }

        @ParameterizedTest
        @MethodSource("everyCommandButReopen")
        void closedAfterWorkAcceptsOnlyReopening(Object command) {
            given(concernClosedAfterWork())
                    .when(command)
                    .expectNoEvents()
                    .expectException(violates(RULES, "closed-can-only-be-reopened"));
        }

        @ParameterizedTest
        @MethodSource("everyCommandButReopen")
        void closedAtTriageAcceptsOnlyReopening(Object command) {
            given(concernClosedAtTriage())
                    .when(command)
                    .expectNoEvents()
                    .expectException(violates(RULES, "closed-can-only-be-reopened"));
        }
    }

    private static CloseConcern close(String reason) {
        return new CloseConcern(CONCERN_ID, reason, null, CASE_WORKER);
    }

    private static ReopenConcern reopen(String reason) {
        return new ReopenConcern(CONCERN_ID, reason, null, CASE_WORKER);
    }
}
