package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernLevel.HIGH;
import static no.concerntrail.cases.domain.ConcernLevel.LOW;
import static no.concerntrail.cases.domain.ConcernLevel.MODERATE;
import static no.concerntrail.cases.domain.ConcernPolicies.RULES;
import static no.concerntrail.cases.domain.ConcernTestData.CASE_WORKER;
import static no.concerntrail.cases.domain.ConcernTestData.CONCERN_ID;
import static no.concerntrail.cases.domain.ConcernTestData.CONVERSATION_ID;
import static no.concerntrail.cases.domain.ConcernTestData.EARLIER;
import static no.concerntrail.cases.domain.ConcernTestData.NOW;
import static no.concerntrail.cases.domain.ConcernTestData.OTHER_CONVERSATION_ID;
import static no.concerntrail.cases.domain.ConcernTestData.adoptedConcern;
import static no.concerntrail.cases.domain.ConcernTestData.concernClosedAfterWork;
import static no.concerntrail.cases.domain.ConcernTestData.given;
import static no.concerntrail.cases.domain.ConcernTestData.newConcern;
import static no.concerntrail.cases.domain.ConcernTestData.workedConcern;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;
import no.concerntrail.cases.domain.command.LowerConcern;
import no.concerntrail.cases.domain.command.RaiseConcern;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReopened;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Raising and lowering ("tatt opp" / "tatt ned"), by a case worker or as a conversation's outcome. */
class ChangeConcernLevelTest {

    private static final String REASON = "Posted a threat against a politician";

    @Nested
    class Raising {

        @Test
        void raisesToAHigherLevel() {
            given(workedConcern())
                    .when(raise(HIGH, REASON, null))
                    .expectEvents(new ConcernRaised(CONCERN_ID, MODERATE, HIGH, REASON, null, CASE_WORKER, NOW))
                    .expectState(concern -> assertThat(concern.level()).isEqualTo(HIGH));
        }

        @ParameterizedTest
        @EnumSource(value = ConcernLevel.class, names = {"LOW", "MODERATE"})
        void mustGoHigher(ConcernLevel notHigher) {
            given(workedConcern())
                    .when(raise(notHigher, REASON, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "raise-must-go-higher"));
        }

        @Test
        void aConversationIsReasonEnough() {
            given(workedConcern())
                    .when(raise(HIGH, null, CONVERSATION_ID))
                    .expectEvents(new ConcernRaised(CONCERN_ID, MODERATE, HIGH, null, CONVERSATION_ID, CASE_WORKER, NOW))
                    .expectState(concern -> assertThat(concern.appliedCauses()).containsExactly(CONVERSATION_ID));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void withoutAConversationNeedsAReason(String reason) {
            given(workedConcern())
                    .when(raise(HIGH, reason, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "level-change-needs-reason"));
        }

        @Test
        void needsAnAssignee() {
            given(adoptedConcern())
                    .when(raise(HIGH, REASON, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "only-assigned-concern-changes-level"));
        }

        @Test
        void needsAnAdoptedConcern() {
            given(newConcern())
                    .when(raise(HIGH, REASON, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "adopted-before-work"));
        }

        @Test
        void isRefusedOnAClosedConcern() {
            given(concernClosedAfterWork())
                    .when(raise(HIGH, REASON, CONVERSATION_ID))
                    .expectNoEvents()
                    .expectException(violates(RULES, "closed-can-only-be-reopened"));
        }

        @Test
        void needsALevel() {
            given(workedConcern())
                    .when(raise(null, REASON, null))
                    .expectException(violates(RULES, "required-field"))
                    .expectExceptionMessage(containsString("level"));
        }

        @Test
        void needsAnActor() {
            given(workedConcern())
                    .when(new RaiseConcern(CONCERN_ID, HIGH, REASON, null, null, ""))
                    .expectException(violates(RULES, "required-field"))
                    .expectExceptionMessage(containsString("actor"));
        }
    }

    @Nested
    class Lowering {

        @Test
        void lowersToALowerLevel() {
            given(workedConcern())
                    .when(lower(LOW, "Stable at school", null))
                    .expectEvents(new ConcernLowered(CONCERN_ID, MODERATE, LOW, "Stable at school", null, CASE_WORKER, NOW))
                    .expectState(concern -> assertThat(concern.level()).isEqualTo(LOW));
        }

        @ParameterizedTest
        @EnumSource(value = ConcernLevel.class, names = {"MODERATE", "HIGH"})
        void mustGoLower(ConcernLevel notLower) {
            given(workedConcern())
                    .when(lower(notLower, REASON, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "lower-must-go-lower"));
        }

        @Test
        void aConversationIsReasonEnough() {
            given(workedConcern())
                    .when(lower(LOW, null, CONVERSATION_ID))
                    .expectEvents(new ConcernLowered(CONCERN_ID, MODERATE, LOW, null, CONVERSATION_ID, CASE_WORKER, NOW));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void withoutAConversationNeedsAReason(String reason) {
            given(workedConcern())
                    .when(lower(LOW, reason, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "level-change-needs-reason"));
        }

        @Test
        void needsAnAssignee() {
            given(adoptedConcern())
                    .when(lower(LOW, REASON, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "only-assigned-concern-changes-level"));
        }

        @Test
        void needsAnAdoptedConcern() {
            given(newConcern())
                    .when(lower(LOW, REASON, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "adopted-before-work"));
        }

        @Test
        void isRefusedOnAClosedConcern() {
            given(concernClosedAfterWork())
                    .when(lower(LOW, REASON, null))
                    .expectNoEvents()
                    .expectException(violates(RULES, "closed-can-only-be-reopened"));
        }

        @Test
        void needsALevel() {
            given(workedConcern())
                    .when(lower(null, REASON, null))
                    .expectException(violates(RULES, "required-field"))
                    .expectExceptionMessage(containsString("level"));
        }
    }

    /** conversation-service may deliver the same outcome twice: it must take effect exactly once. */
    @Nested
    class TheSameConversationTwice {

        @Test
        void raisesOnlyOnce() {
            given(workedConcern())
                    .andGiven(raisedBy(CONVERSATION_ID))
                    .when(raise(HIGH, null, CONVERSATION_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectState(concern -> assertThat(concern.level()).isEqualTo(HIGH));
        }

        @Test
        void isANoOpEvenWhereItWouldNowBreakARule() {
            // once raised to HIGH, a second raise to HIGH would violate raise-must-go-higher
            given(workedConcern())
                    .andGiven(raisedBy(CONVERSATION_ID))
                    .when(raise(HIGH, "", CONVERSATION_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void lowersOnlyOnce() {
            given(workedConcern())
                    .andGiven(new ConcernLowered(CONCERN_ID, MODERATE, LOW, null, CONVERSATION_ID, CASE_WORKER, EARLIER))
                    .when(lower(LOW, null, CONVERSATION_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aConversationThatRaisedDoesNotAlsoLower() {
            given(workedConcern())
                    .andGiven(raisedBy(CONVERSATION_ID))
                    .when(lower(LOW, null, CONVERSATION_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void isRememberedAcrossClosingAndReopening() {
            given(workedConcern())
                    .andGiven(raisedBy(CONVERSATION_ID), ConcernTestData.closed(),
                            new ConcernReopened(CONCERN_ID, "New information", ConcernStatus.OPEN, CASE_WORKER, EARLIER))
                    .when(raise(HIGH, null, CONVERSATION_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void isANoOpRatherThanAnErrorOnAClosedConcern() {
            // the outcome already took effect before closing; redelivering it is not a new request
            given(workedConcern())
                    .andGiven(raisedBy(CONVERSATION_ID), ConcernTestData.closed())
                    .when(raise(HIGH, null, CONVERSATION_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anotherConversationStillCounts() {
            given(workedConcern())
                    .andGiven(raisedBy(CONVERSATION_ID))
                    .when(lower(MODERATE, null, OTHER_CONVERSATION_ID))
                    .expectEvents(new ConcernLowered(CONCERN_ID, HIGH, MODERATE, null, OTHER_CONVERSATION_ID, CASE_WORKER, NOW))
                    .expectState(concern -> assertThat(concern.appliedCauses())
                            .containsExactlyInAnyOrder(CONVERSATION_ID, OTHER_CONVERSATION_ID));
        }

        private static ConcernRaised raisedBy(UUID conversation) {
            return new ConcernRaised(CONCERN_ID, MODERATE, HIGH, null, conversation, CASE_WORKER, EARLIER);
        }
    }

    private static RaiseConcern raise(ConcernLevel level, String reason, UUID cause) {
        return new RaiseConcern(CONCERN_ID, level, reason, cause, null, CASE_WORKER);
    }

    private static LowerConcern lower(ConcernLevel level, String reason, UUID cause) {
        return new LowerConcern(CONCERN_ID, level, reason, cause, null, CASE_WORKER);
    }
}
