package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.CONCERN_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.CONVERSATION_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.adultInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.cancelledEarlier;
import static no.concerntrail.conversations.domain.ConversationTestData.declinedEarlier;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.heldYesterday;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.minorSummonsPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.noShowEarlier;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.stream.Stream;
import no.concerntrail.conversations.domain.command.CancelConversation;
import no.concerntrail.conversations.domain.command.RecordConversationDeclined;
import no.concerntrail.conversations.domain.command.RecordNoShow;
import no.concerntrail.conversations.domain.event.ConversationCancelled;
import no.concerntrail.conversations.domain.event.ConversationDeclined;
import no.concerntrail.conversations.domain.event.ConversationNoShow;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The other ways a planned conversation ends: declined, cancelled, nobody came. */
class ConcludeConversationTest {

    private static final String REASON = "Does not want to talk to the police";

    @ParameterizedTest
    @MethodSource("invitations")
    void anInvitationMayBeDeclined(ConversationPlanned invitation) {
        given(invitation)
                .when(decline(REASON))
                .expectEvents(new ConversationDeclined(CONVERSATION_ID, CONCERN_ID, REASON, CASE_WORKER, NOW))
                .expectState(conversation -> assertThat(conversation.status()).isEqualTo(ConversationStatus.DECLINED));
    }

    static Stream<Named<ConversationPlanned>> invitations() {
        return Stream.of(Named.of("a minor's", minorInvitationPlanned()), Named.of("an adult's", adultInvitationPlanned()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aDeclineNeedsNoReason(String reason) {
        given(minorInvitationPlanned())
                .when(decline(reason))
                .expectEvents(new ConversationDeclined(CONVERSATION_ID, CONCERN_ID, null, CASE_WORKER, NOW));
    }

    @Test
    void aSummonsCannotBeDeclined() {
        given(minorSummonsPlanned())
                .when(decline(REASON))
                .expectNoEvents()
                .expectException(violates(RULES, "summons-cannot-be-declined"))
                .expectExceptionMessage(containsString("no-show"));
    }

    @Test
    void cancelsWithAReason() {
        given(minorSummonsPlanned())
                .when(new CancelConversation(CONVERSATION_ID, "Officer ill", null, CASE_WORKER))
                .expectEvents(new ConversationCancelled(CONVERSATION_ID, CONCERN_ID, "Officer ill", CASE_WORKER, NOW))
                .expectState(conversation -> assertThat(conversation.status()).isEqualTo(ConversationStatus.CANCELLED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void cancellingNeedsAReason(String reason) {
        given(minorInvitationPlanned())
                .when(new CancelConversation(CONVERSATION_ID, reason, null, CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "cancel-needs-reason"));
    }

    @Test
    void nobodyCameToASummons() {
        given(minorSummonsPlanned())
                .when(new RecordNoShow(CONVERSATION_ID, "Called the mother twice", null, CASE_WORKER))
                .expectEvents(new ConversationNoShow(CONVERSATION_ID, CONCERN_ID, true, "Called the mother twice",
                        CASE_WORKER, NOW))
                .expectState(conversation -> assertThat(conversation.status()).isEqualTo(ConversationStatus.NO_SHOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void nobodyCameToAnInvitation(String reason) {
        given(adultInvitationPlanned())
                .when(new RecordNoShow(CONVERSATION_ID, reason, null, CASE_WORKER))
                .expectEvents(new ConversationNoShow(CONVERSATION_ID, CONCERN_ID, false, null, CASE_WORKER, NOW))
                .expectState(conversation -> assertThat(conversation.status()).isEqualTo(ConversationStatus.NO_SHOW));
    }

    @ParameterizedTest
    @MethodSource("conclusionsWithoutActor")
    void everyConclusionNamesWhoRecordedIt(Object command) {
        given(minorInvitationPlanned())
                .when(command)
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("actor"));
    }

    static Stream<Named<Object>> conclusionsWithoutActor() {
        return Stream.of(
                Named.of("decline", new RecordConversationDeclined(CONVERSATION_ID, REASON, null, null)),
                Named.of("cancel", new CancelConversation(CONVERSATION_ID, REASON, null, " ")),
                Named.of("no-show", new RecordNoShow(CONVERSATION_ID, null, null, "")));
    }

    @ParameterizedTest
    @MethodSource("concludedThenConcludedAgain")
    void concludesOnlyOnceAndOnlyFromPlanned(Object conclusion, Object command) {
        given(minorInvitationPlanned(), conclusion)
                .when(command)
                .expectNoEvents()
                .expectException(violates(RULES, "only-planned-conversation-concludes"));
    }

    static Stream<Arguments> concludedThenConcludedAgain() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Named<Object> conclusion : concluded()) {
            for (Named<Object> command : conclusions()) {
                cases.add(Arguments.of(conclusion, command));
            }
        }
        return cases.build();
    }

    @SuppressWarnings("unchecked")
    private static Named<Object>[] concluded() {
        return new Named[] {Named.of("held", heldYesterday()), Named.of("declined", declinedEarlier()),
                Named.of("cancelled", cancelledEarlier()), Named.of("no-show", noShowEarlier(false))};
    }

    @SuppressWarnings("unchecked")
    private static Named<Object>[] conclusions() {
        return new Named[] {Named.of("decline", decline(REASON)),
                Named.of("cancel", new CancelConversation(CONVERSATION_ID, "Double booked", null, CASE_WORKER)),
                Named.of("no-show", new RecordNoShow(CONVERSATION_ID, null, null, CASE_WORKER))};
    }

    @Test
    void aConcludedSummonsIsNotDeclinedEither() {
        given(minorSummonsPlanned(), noShowEarlier(true))
                .when(decline(REASON))
                .expectNoEvents()
                .expectException(violates(RULES, "only-planned-conversation-concludes"));
    }

    private static RecordConversationDeclined decline(String reason) {
        return new RecordConversationDeclined(CONVERSATION_ID, reason, null, CASE_WORKER);
    }
}
