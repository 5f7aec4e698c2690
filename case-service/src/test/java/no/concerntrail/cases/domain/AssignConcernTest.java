package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.RULES;
import static no.concerntrail.cases.domain.ConcernTestData.CASE_WORKER;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.OTHER_CASE_WORKER;
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

import no.concerntrail.cases.domain.command.AssignConcern;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AssignConcernTest {

    @Test
    void assignsAnAdoptedConcern() {
        given(adoptedConcern())
                .when(assign(CASE_WORKER))
                .expectEvents(new ConcernAssigned(CONCERN_ID, CASE_WORKER, null, TEAM_LEAD, NOW))
                .expectState(concern -> assertThat(concern.assignee()).isEqualTo(CASE_WORKER));
    }

    @Test
    void reassignmentRecordsWhoHadIt() {
        given(workedConcern())
                .when(assign(OTHER_CASE_WORKER))
                .expectEvents(new ConcernAssigned(CONCERN_ID, OTHER_CASE_WORKER, CASE_WORKER, TEAM_LEAD, NOW))
                .expectState(concern -> assertThat(concern.assignee()).isEqualTo(OTHER_CASE_WORKER));
    }

    @Test
    void assigningToTheCurrentAssigneeChangesNothing() {
        given(workedConcern())
                .when(assign(CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "assignment-must-change"));
    }

    @Test
    void aConcernAwaitingTriageIsNotAssigned() {
        given(newConcern())
                .when(assign(CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "adopted-before-work"));
    }

    @Test
    void aClosedConcernIsNotAssigned() {
        given(concernClosedAfterWork())
                .when(assign(OTHER_CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "closed-can-only-be-reopened"));
        given(concernClosedAtTriage())
                .when(assign(CASE_WORKER))
                .expectException(violates(RULES, "closed-can-only-be-reopened"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void needsAnAssignee(String assignee) {
        given(adoptedConcern())
                .when(assign(assignee))
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("assignee"));
    }

    @Test
    void needsAnActor() {
        given(adoptedConcern())
                .when(new AssignConcern(CONCERN_ID, CASE_WORKER, null, null))
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("actor"));
    }

    private static AssignConcern assign(String assignee) {
        return new AssignConcern(CONCERN_ID, assignee, null, TEAM_LEAD);
    }
}
