package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.RULES;
import static no.concerntrail.cases.domain.ConcernTestData.CASE_WORKER;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.CONVERSATION_ID;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.TEAM_LEAD;
import static no.concerntrail.cases.domain.ConcernTestData.concernClosedAfterWork;
import static no.concerntrail.cases.domain.ConcernTestData.given;
import static no.concerntrail.cases.domain.ConcernTestData.newConcern;
import static no.concerntrail.cases.domain.ConcernTestData.workedConcern;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import no.concerntrail.cases.domain.command.AssignConcern;
import no.concerntrail.cases.domain.command.CloseConcern;
import no.concerntrail.cases.domain.command.EraseConcern;
import no.concerntrail.cases.domain.command.LowerConcern;
import no.concerntrail.cases.domain.command.ReopenConcern;
import no.concerntrail.cases.domain.command.TransferConcern;
import no.concerntrail.cases.domain.command.TriageConcern;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.platform.police.PoliceDistrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A team lead erases a concern's personal data in whatever state it is; after that it takes nothing more. */
class EraseConcernTest {

    private static EraseConcern erase() {
        return new EraseConcern(CONCERN_ID, ErasureGround.SUBJECT_REQUEST, "2026/4711", null, TEAM_LEAD);
    }

    private static ConcernErased erased() {
        return new ConcernErased(CONCERN_ID, ErasureGround.SUBJECT_REQUEST, "2026/4711", TEAM_LEAD, NOW);
    }

    @Test
    void erasesAnOpenConcern() {
        given(workedConcern()).when(erase()).expectEvents(erased())
                .expectState(concern -> assertThat(concern.wasErased()).isTrue());
    }

    @Test
    void erasesAConcernAwaitingTriageAndAClosedOne() {
        given(newConcern()).when(erase()).expectEvents(erased());
        given(concernClosedAfterWork()).when(erase()).expectEvents(erased());
    }

    @Test
    void needsItsGroundAndReference() {
        given(workedConcern()).when(new EraseConcern(CONCERN_ID, null, "2026/4711", null, TEAM_LEAD))
                .expectNoEvents().expectException(violates(RULES, "required-field"));
        given(workedConcern()).when(new EraseConcern(CONCERN_ID, ErasureGround.NO_LONGER_NEEDED, " ", null, TEAM_LEAD))
                .expectNoEvents().expectException(violates(RULES, "required-field"));
    }

    static Stream<Object> everyCommand() {
        return Stream.of(erase(), new TriageConcern(CONCERN_ID, TriageOutcome.ADOPTED, null, null, null, TEAM_LEAD),
                new AssignConcern(CONCERN_ID, "rk-per", null, TEAM_LEAD),
                new LowerConcern(CONCERN_ID, ConcernLevel.LOW, "better", null, null, CASE_WORKER),
                new CloseConcern(CONCERN_ID, "done", null, CASE_WORKER),
                new ReopenConcern(CONCERN_ID, "new information", null, CASE_WORKER),
                new TransferConcern(CONCERN_ID, PoliceDistrict.AGDER, "moved", null, TEAM_LEAD));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void anErasedConcernTakesNothingMore(Object command) {
        given(Stream.concat(Stream.of(workedConcern()), Stream.of(erased())).toArray())
                .when(command).expectNoEvents().expectException(violates(RULES, "erased-concern-is-final"));
    }

    /** A conversation's outcome that was applied before the erasure is still recognised as applied: no error. */
    @Test
    void aRedeliveredOutcomeAppliedBeforeTheErasureChangesNothingQuietly() {
        given(Stream.concat(Stream.of(workedConcern()), Stream.of(
                        new ConcernLowered(CONCERN_ID, ConcernLevel.MODERATE,
                                ConcernLevel.LOW, null, CONVERSATION_ID, CASE_WORKER, NOW), erased())).toArray())
                .when(new LowerConcern(CONCERN_ID, ConcernLevel.LOW, null, CONVERSATION_ID, null, CASE_WORKER))
                .expectNoEvents().expectSuccessfulHandlerExecution();
    }
}
