package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.MINOR_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.heldConversation;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.testing.FixtureEvents.onlyEvent;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.hamcrest.Matchers.containsString;

import java.util.function.Consumer;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import org.junit.jupiter.api.Test;

/** A held conversation's LOWERED or RAISED outcome is one case-service can apply, as far as conversation-service knows. */
class OutcomeFitsConcernTest {

    @Test
    void loweringAnAssignedOpenConcernFits() {
        hold(draft -> { }).expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationHeld.class, e -> e.outcome() == ConcernOutcome.LOWERED));
    }

    @Test
    void aConcernWithoutACaseWorkerDoesNotChangeLevel() {
        hold(draft -> draft.concern = known(KnownConcernStatus.OPEN, ConcernLevel.HIGH, false))
                .expectNoEvents().expectException(violates(RULES, "outcome-fits-concern"));
    }

    @Test
    void onlyAnOpenConcernChangesLevel() {
        hold(draft -> draft.concern = known(KnownConcernStatus.RECEIVED, ConcernLevel.HIGH, true))
                .expectNoEvents().expectException(violates(RULES, "outcome-fits-concern"));
        hold(draft -> draft.concern = known(KnownConcernStatus.CLOSED, ConcernLevel.HIGH, true))
                .expectNoEvents().expectException(violates(RULES, "outcome-fits-concern"));
    }

    @Test
    void loweringGoesLowerAndRaisingHigher() {
        hold(draft -> draft.concern = known(KnownConcernStatus.OPEN, ConcernLevel.LOW, true))
                .expectNoEvents().expectException(violates(RULES, "outcome-fits-concern"));
        hold(draft -> {
            draft.outcome = ConcernOutcome.RAISED;
            draft.newLevel = ConcernLevel.MODERATE;
        }).expectNoEvents().expectException(violates(RULES, "outcome-fits-concern"));
        hold(draft -> {
            draft.concern = known(KnownConcernStatus.OPEN, ConcernLevel.LOW, true);
            draft.outcome = ConcernOutcome.RAISED;
            draft.newLevel = ConcernLevel.HIGH;
        }).expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationHeld.class, e -> e.outcome() == ConcernOutcome.RAISED
                        && e.newLevel() == ConcernLevel.HIGH));
    }

    @Test
    void anUnchangedOutcomeNeedsNothingOfTheConcern() {
        hold(draft -> {
            draft.concern = known(KnownConcernStatus.CLOSED, ConcernLevel.LOW, false);
            draft.outcome = ConcernOutcome.UNCHANGED;
            draft.newLevel = null;
        }).expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationHeld.class, e -> e.outcome() == ConcernOutcome.UNCHANGED));
    }

    @Test
    void aLevelNotYetKnownIsNotJudged() {
        hold(draft -> draft.concern = known(KnownConcernStatus.OPEN, null, true)).expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationHeld.class, e -> e.outcome() == ConcernOutcome.LOWERED));
        hold(draft -> draft.concern = known(KnownConcernStatus.OPEN, ConcernLevel.HIGH, false))
                .expectException(violates(RULES, "outcome-fits-concern"))
                .expectExceptionMessage(containsString("retry shortly"));
    }

    private static ConcernAsKnown known(KnownConcernStatus status, ConcernLevel level, boolean assigned) {
        return new ConcernAsKnown(status, MINOR_BIRTH_DATE, level, assigned);
    }

    private static org.axonframework.test.aggregate.ResultValidator<Conversation> hold(
            Consumer<ConversationTestData.HeldDraft> change) {
        return given(minorInvitationPlanned()).when(heldConversation(change));
    }
}
