package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.ADULT_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.CONCERN_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.CONVERSATION_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.MINOR_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.MOTHER;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.PLACE;
import static no.concerntrail.conversations.domain.ConversationTestData.PLANNED_START;
import static no.concerntrail.conversations.domain.ConversationTestData.adultInvitation;
import static no.concerntrail.conversations.domain.ConversationTestData.concern;
import static no.concerntrail.conversations.domain.ConversationTestData.invitation;
import static no.concerntrail.conversations.domain.ConversationTestData.planned;
import static no.concerntrail.conversations.domain.ConversationTestData.planning;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.concerntrail.conversations.domain.ConversationTestData.PlanDraft;
import no.concerntrail.conversations.domain.command.PlanConversation;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Planning an invitation: the concern, the kind and the age, the guardians, the fields. Summonses: {@link PlanSummonsTest}. */
class PlanConversationTest {

    @Test
    void plansAMinorsInvitationWithTheKindAndBirthDateAsTheyAreNow() {
        planning()
                .when(invitation())
                .expectEvents(new ConversationPlanned(CONVERSATION_ID, CONCERN_ID, ConversationKind.CONCERN,
                        MINOR_BIRTH_DATE, PLANNED_START, PLACE, List.of(MOTHER), null, false, null, CASE_WORKER, NOW))
                .expectState(conversation -> {
                    assertThat(conversation.status()).isEqualTo(ConversationStatus.PLANNED);
                    assertThat(conversation.mandatory()).isFalse();
                });
    }

    @Test
    void plansAnAdultsClarificationConversationWithoutGuardians() {
        planning()
                .when(adultInvitation())
                .expectEvents(new ConversationPlanned(CONVERSATION_ID, CONCERN_ID, ConversationKind.CLARIFICATION,
                        ADULT_BIRTH_DATE, PLANNED_START, PLACE, List.of(), null, false, null, CASE_WORKER, NOW));
    }

    @Test
    void anUnknownConcernHasNoConversation() {
        planning()
                .when(invitation(draft -> draft.concern = null))
                .expectNoEvents()
                .expectException(violates(RULES, "concern-must-be-known"));
    }

    @Test
    void aClosedConcernHasNoNewConversation() {
        planning()
                .when(invitation(draft -> draft.concern = concern(KnownConcernStatus.CLOSED, MINOR_BIRTH_DATE)))
                .expectNoEvents()
                .expectException(violates(RULES, "no-conversation-for-closed-concern"));
    }

    @ParameterizedTest
    @EnumSource(value = KnownConcernStatus.class, names = {"RECEIVED", "OPEN"})
    void aReceivedOrOpenConcernMayHaveOne(KnownConcernStatus status) {
        PlanConversation plan = invitation(draft -> draft.concern = concern(status, MINOR_BIRTH_DATE));
        planning().when(plan).expectEvents(planned(plan, NOW));
    }

    @Test
    void aConcernConversationIsNotForAnAdult() {
        planning()
                .when(adultInvitation(draft -> draft.kind = ConversationKind.CONCERN))
                .expectNoEvents()
                .expectException(violates(RULES, "kind-fits-age"));
    }

    @Test
    void aClarificationConversationIsNotForAMinor() {
        planning()
                .when(invitation(draft -> draft.kind = ConversationKind.CLARIFICATION))
                .expectNoEvents()
                .expectException(violates(RULES, "kind-fits-age"));
    }

    @ParameterizedTest
    @MethodSource("minorAndAdult")
    void aFollowUpIsForAnyAge(LocalDate birthDate) {
        PlanConversation plan = invitation(draft -> {
            draft.kind = ConversationKind.FOLLOW_UP;
            draft.concern = concern(KnownConcernStatus.OPEN, birthDate);
        });
        planning().when(plan).expectEvents(planned(plan, NOW));
    }

    static Stream<Named<LocalDate>> minorAndAdult() {
        return Stream.of(Named.of("minor", MINOR_BIRTH_DATE), Named.of("adult", ADULT_BIRTH_DATE));
    }

    @Test
    void aDistrictTemplateIsJudgedByItsData() {
        ConversationKind upTo16 = new ConversationKind("school-talk", null, 16, false);
        PlanConversation plan = invitation(draft -> draft.kind = upTo16);
        planning()
                .when(plan)
                .expectEvents(new ConversationPlanned(CONVERSATION_ID, CONCERN_ID, upTo16, MINOR_BIRTH_DATE,
                        PLANNED_START, PLACE, List.of(MOTHER), null, false, null, CASE_WORKER, NOW));
        planning()
                .when(invitation(draft -> draft.kind = new ConversationKind("school-talk", null, 14, false)))
                .expectNoEvents()
                .expectException(violates(RULES, "kind-fits-age"))
                .expectExceptionMessage(containsString("14 or younger"));
    }

    @Test
    void aMinorsGuardiansAreInvited() {
        planning()
                .when(invitation(draft -> draft.guardians = List.of()))
                .expectNoEvents()
                .expectException(violates(RULES, "guardians-invited-for-minor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankReasonForNotInvitingThemIsNoReason(String reason) {
        planning()
                .when(invitation(draft -> {
                    draft.guardians = List.of();
                    draft.guardiansNotInvitedReason = reason;
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "guardians-invited-for-minor"));
    }

    @Test
    void orTheReasonTheyAreNotIsRecorded() {
        String reason = "The suspected violence is in the family";
        planning()
                .when(invitation(draft -> {
                    draft.guardians = List.of();
                    draft.guardiansNotInvitedReason = reason;
                }))
                .expectEvents(new ConversationPlanned(CONVERSATION_ID, CONCERN_ID, ConversationKind.CONCERN,
                        MINOR_BIRTH_DATE, PLANNED_START, PLACE, List.of(), reason, false, null, CASE_WORKER, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankReasonIsStoredAsNone(String reason) {
        planning()
                .when(invitation(draft -> draft.guardiansNotInvitedReason = reason))
                .expectEvents(new ConversationPlanned(CONVERSATION_ID, CONCERN_ID, ConversationKind.CONCERN,
                        MINOR_BIRTH_DATE, PLANNED_START, PLACE, List.of(MOTHER), null, false, null, CASE_WORKER, NOW));
    }

    @Test
    void anAdultNeedsNoGuardians() {
        PlanConversation plan = adultInvitation(draft -> draft.guardiansNotInvitedReason = null);
        planning().when(plan).expectEvents(planned(plan, NOW));
    }

    @ParameterizedTest
    @MethodSource("missingFields")
    void refusesAMissingField(Consumer<PlanDraft> change, String field) {
        planning()
                .when(invitation(change))
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString(field));
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                missing("no actor", draft -> draft.actor = null, "actor"),
                missing("blank actor", draft -> draft.actor = " ", "actor"),
                missing("no conversationId", draft -> draft.conversationId = null, "conversationId"),
                missing("no concernId", draft -> draft.concernId = null, "concernId"),
                missing("no kind", draft -> draft.kind = null, "kind"),
                missing("no plannedStart", draft -> draft.plannedStart = null, "plannedStart"),
                missing("no place", draft -> draft.place = null, "place"),
                missing("blank place", draft -> draft.place = "  ", "place"),
                missing("guardian without name", draft -> draft.guardians = List.of(new Guardian(null, "father")),
                        "guardians[].name"),
                missing("guardian with blank name", draft -> draft.guardians = List.of(MOTHER, new Guardian(" ", "father")),
                        "guardians[].name"),
                missing("concern without birth date",
                        draft -> draft.concern = concern(KnownConcernStatus.OPEN, null), "birth date"));
    }

    private static Arguments missing(String name, Consumer<PlanDraft> change, String field) {
        return Arguments.of(Named.of(name, change), field);
    }
}
