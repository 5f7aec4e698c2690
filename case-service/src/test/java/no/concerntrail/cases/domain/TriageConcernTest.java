package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.RULES;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.TEAM_LEAD;
import static no.concerntrail.cases.domain.ConcernTestData.adoptedConcern;
import static no.concerntrail.cases.domain.ConcernTestData.concernClosedAfterWork;
import static no.concerntrail.cases.domain.ConcernTestData.concernClosedAtTriage;
import static no.concerntrail.cases.domain.ConcernTestData.given;
import static no.concerntrail.cases.domain.ConcernTestData.newConcern;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import no.concerntrail.cases.domain.command.TriageConcern;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TriageConcernTest {

    @Test
    void adoptingOpensTheConcernAsACase() {
        given(newConcern())
                .when(triage(TriageOutcome.ADOPTED, null, null))
                .expectEvents(new ConcernTriaged(CONCERN_ID, TriageOutcome.ADOPTED, null, null, TEAM_LEAD, NOW))
                .expectState(concern -> {
                    assertThat(concern.status()).isEqualTo(ConcernStatus.OPEN);
                    assertThat(concern.wasAdopted()).isTrue();
                });
    }

    @Test
    void adoptingKeepsAReasonWhenGiven() {
        given(newConcern())
                .when(triage(TriageOutcome.ADOPTED, "Threats against a politician", null))
                .expectEvents(new ConcernTriaged(CONCERN_ID, TriageOutcome.ADOPTED, "Threats against a politician",
                        null, TEAM_LEAD, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = TriageOutcome.class, names = {"NOT_A_CONCERN", "MISGUIDED", "MALICIOUS"})
    void everyOtherOutcomeClosesTheConcernWithItsReason(TriageOutcome outcome) {
        given(newConcern())
                .when(triage(outcome, "The reason", null))
                .expectEvents(new ConcernTriaged(CONCERN_ID, outcome, "The reason", null, TEAM_LEAD, NOW))
                .expectState(concern -> {
                    assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED);
                    assertThat(concern.wasAdopted()).isFalse();
                });
    }

    @Test
    void signpostingClosesTheConcernNamingTheAgency() {
        given(newConcern())
                .when(triage(TriageOutcome.SIGNPOSTED, "A matter for child welfare", "Barnevernet Drammen"))
                .expectEvents(new ConcernTriaged(CONCERN_ID, TriageOutcome.SIGNPOSTED, "A matter for child welfare",
                        "Barnevernet Drammen", TEAM_LEAD, NOW))
                .expectState(concern -> assertThat(concern.status()).isEqualTo(ConcernStatus.CLOSED));
    }

    @ParameterizedTest
    @EnumSource(value = TriageOutcome.class, names = "ADOPTED", mode = EnumSource.Mode.EXCLUDE)
    void closingAtTriageNeedsAReason(TriageOutcome outcome) {
        given(newConcern())
                .when(triage(outcome, null, outcome == TriageOutcome.SIGNPOSTED ? "Nav Drammen" : null))
                .expectNoEvents()
                .expectException(violates(RULES, "triage-closure-needs-reason"));
    }

    @Test
    void aBlankReasonIsNoReason() {
        given(newConcern())
                .when(triage(TriageOutcome.NOT_A_CONCERN, " \t", null))
                .expectException(violates(RULES, "triage-closure-needs-reason"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void signpostingNeedsTheAgency(String signpostedTo) {
        given(newConcern())
                .when(triage(TriageOutcome.SIGNPOSTED, "Belongs elsewhere", signpostedTo))
                .expectNoEvents()
                .expectException(violates(RULES, "signposting-names-agency"));
    }

    @ParameterizedTest
    @EnumSource(value = TriageOutcome.class, names = "SIGNPOSTED", mode = EnumSource.Mode.EXCLUDE)
    void onlySignpostingNamesAnAgency(TriageOutcome outcome) {
        given(newConcern())
                .when(triage(outcome, "The reason", "Nav Drammen"))
                .expectNoEvents()
                .expectException(violates(RULES, "signposting-names-agency"));
    }

    @Test
    void aBlankAgencyOnAnotherOutcomeIsStoredAsNone() {
        given(newConcern())
                .when(triage(TriageOutcome.ADOPTED, null, ""))
                .expectEvents(new ConcernTriaged(CONCERN_ID, TriageOutcome.ADOPTED, null, null, TEAM_LEAD, NOW));
    }

    @Test
    void anAdoptedConcernIsNotTriagedAgain() {
        given(adoptedConcern())
                .when(triage(TriageOutcome.NOT_A_CONCERN, "Changed my mind", null))
                .expectNoEvents()
                .expectException(violates(RULES, "triage-only-new-concern"));
    }

    @Test
    void aConcernClosedAtTriageReportsThatItIsClosed() {
        given(concernClosedAtTriage())
                .when(triage(TriageOutcome.ADOPTED, null, null))
                .expectNoEvents()
                .expectException(violates(RULES, "closed-can-only-be-reopened"));
    }

    @Test
    void aConcernClosedAfterWorkReportsThatItIsClosed() {
        given(concernClosedAfterWork())
                .when(triage(TriageOutcome.ADOPTED, null, null))
                .expectException(violates(RULES, "closed-can-only-be-reopened"));
    }

    @Test
    void aConcernReopenedAfterClosureAtTriageIsTriagedAgain() {
        given(concernClosedAtTriage())
                .andGiven(new ConcernReopened(CONCERN_ID, "The school sent a video", ConcernStatus.RECEIVED, TEAM_LEAD, NOW))
                .when(triage(TriageOutcome.ADOPTED, "The video shows a threat", null))
                .expectEvents(new ConcernTriaged(CONCERN_ID, TriageOutcome.ADOPTED, "The video shows a threat", null,
                        TEAM_LEAD, NOW))
                .expectState(concern -> assertThat(concern.status()).isEqualTo(ConcernStatus.OPEN));
    }

    @Test
    void needsAnOutcome() {
        given(newConcern())
                .when(triage(null, "reason", null))
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("outcome"));
    }

    @Test
    void needsAnActor() {
        given(newConcern())
                .when(new TriageConcern(CONCERN_ID, TriageOutcome.ADOPTED, null, null, null, " "))
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("actor"));
    }

    private static TriageConcern triage(TriageOutcome outcome, String reason, String signpostedTo) {
        return new TriageConcern(CONCERN_ID, outcome, reason, signpostedTo, null, TEAM_LEAD);
    }
}
