package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.RULES;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.DISTRICT;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.TEAM_LEAD;
import static no.concerntrail.cases.domain.ConcernTestData.concernClosedAfterWork;
import static no.concerntrail.cases.domain.ConcernTestData.given;
import static no.concerntrail.cases.domain.ConcernTestData.newConcern;
import static no.concerntrail.cases.domain.ConcernTestData.workedConcern;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;

import no.concerntrail.cases.domain.command.TransferConcern;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.platform.police.PoliceDistrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A concern is handed to another police district: its officers see it from then on. */
class TransferConcernTest {

    private static final String REASON = "The family moved to Oslo";

    @Test
    void aWorkedConcernGoesToAnotherDistrict() {
        given(workedConcern())
                .when(transfer(PoliceDistrict.OSLO, REASON))
                .expectEvents(new ConcernTransferred(CONCERN_ID, DISTRICT, PoliceDistrict.OSLO, REASON, TEAM_LEAD, NOW))
                .expectState(concern -> assertThat(concern.district()).isEqualTo(PoliceDistrict.OSLO));
    }

    /** Received by the wrong unit: handed on before triage. */
    @Test
    void aConcernAwaitingTriageGoesToAnotherDistrictToo() {
        given(newConcern())
                .when(transfer(PoliceDistrict.VEST, REASON))
                .expectEvents(new ConcernTransferred(CONCERN_ID, DISTRICT, PoliceDistrict.VEST, REASON, TEAM_LEAD, NOW));
    }

    @Test
    void itMustGoToAnotherDistrict() {
        given(workedConcern())
                .when(transfer(DISTRICT, REASON))
                .expectNoEvents()
                .expectException(violates(RULES, "transfer-must-change-district"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void itSaysWhy(String reason) {
        given(workedConcern())
                .when(transfer(PoliceDistrict.OSLO, reason))
                .expectNoEvents()
                .expectException(violates(RULES, "transfer-needs-reason"));
    }

    @Test
    void aClosedConcernIsReopenedFirst() {
        given(concernClosedAfterWork())
                .when(transfer(PoliceDistrict.OSLO, REASON))
                .expectNoEvents()
                .expectException(violates(RULES, "closed-can-only-be-reopened"));
    }

    @Test
    void itNamesTheDistrict() {
        given(workedConcern())
                .when(transfer(null, REASON))
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"));
    }

    private static TransferConcern transfer(PoliceDistrict to, String reason) {
        return new TransferConcern(CONCERN_ID, to, reason, null, TEAM_LEAD);
    }
}
