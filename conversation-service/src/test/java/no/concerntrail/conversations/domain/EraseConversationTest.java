package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.CONCERN_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.CONVERSATION_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.PLANNED_START;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.testing.RuleViolationMatcher.violates;

import java.util.stream.Stream;
import no.concerntrail.conversations.domain.command.CancelConversation;
import no.concerntrail.conversations.domain.command.EraseConversation;
import no.concerntrail.conversations.domain.command.RecordConversationDeclined;
import no.concerntrail.conversations.domain.command.RecordNoShow;
import no.concerntrail.conversations.domain.command.RescheduleConversation;
import no.concerntrail.conversations.domain.event.ConversationErased;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** case-service erased the conversation's concern: the conversation is erased once, and takes nothing more. */
class EraseConversationTest {

    private static final String ERASURE = "case-service:6a1f0c2e-9b8d-4e7f-a1b2-c3d4e5f60718";

    @Test
    void isErasedOnceEvenWhenTheErasureComesTwice() {
        given(minorInvitationPlanned()).when(new EraseConversation(CONVERSATION_ID, ERASURE))
                .expectEvents(new ConversationErased(CONVERSATION_ID, CONCERN_ID, ERASURE, NOW));
        given(minorInvitationPlanned(), new ConversationErased(CONVERSATION_ID, CONCERN_ID, ERASURE, NOW))
                .when(new EraseConversation(CONVERSATION_ID, ERASURE)).expectNoEvents();
    }

    /** Read back after the concern's key went: the plan's personal fields are null, and it still loads. */
    @Test
    void loadsFromAPlanWhosePersonalDataWasErased() {
        ConversationPlanned plan = minorInvitationPlanned();
        ConversationPlanned erasedPlan = new ConversationPlanned(plan.conversationId(), plan.concernId(), plan.kind(),
                null, plan.plannedStart(), null, null, null, plan.mandatory(), plan.summonsGround(), plan.actor(),
                plan.at());
        given(erasedPlan, new ConversationErased(CONVERSATION_ID, CONCERN_ID, ERASURE, NOW))
                .when(new CancelConversation(CONVERSATION_ID, "no longer", null, CASE_WORKER))
                .expectNoEvents().expectException(violates(RULES, "erased-concern-is-final"));
    }

    static Stream<Object> everyCommand() {
        return Stream.of(
                new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, PLANNED_START, "Elsewhere", null,
                        CASE_WORKER),
                new CancelConversation(CONVERSATION_ID, "no longer", null, CASE_WORKER),
                new RecordConversationDeclined(CONVERSATION_ID, "did not want to", null, CASE_WORKER),
                new RecordNoShow(CONVERSATION_ID, "nobody came", null, CASE_WORKER));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void anErasedConversationTakesNothingMore(Object command) {
        given(minorInvitationPlanned(), new ConversationErased(CONVERSATION_ID, CONCERN_ID, ERASURE, NOW))
                .when(command).expectNoEvents().expectException(violates(RULES, "erased-concern-is-final"));
    }
}
