package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.ADULT_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.CONCERN_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.CONVERSATION_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.EIGHTEENTH_BIRTHDAY;
import static no.concerntrail.conversations.domain.ConversationTestData.MINOR_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.MOTHER;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.PLACE;
import static no.concerntrail.conversations.domain.ConversationTestData.PLANNED_START;
import static no.concerntrail.conversations.domain.ConversationTestData.TODAY;
import static no.concerntrail.conversations.domain.ConversationTestData.TURNS_18_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.concern;
import static no.concerntrail.conversations.domain.ConversationTestData.invitation;
import static no.concerntrail.conversations.domain.ConversationTestData.planned;
import static no.concerntrail.conversations.domain.ConversationTestData.planning;
import static no.concerntrail.conversations.domain.ConversationTestData.summons;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.concerntrail.conversations.domain.command.PlanConversation;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Requiring attendance (Police Act § 13): only a minor, only for a kind that allows it, only on a named ground. */
class PlanSummonsTest {

    @ParameterizedTest
    @MethodSource("groundsWithAnAgeTheyFit")
    void summonsAMinorOnAPoliceActGround(SummonsGround ground, LocalDate birthDate) {
        planning()
                .when(summons(draft -> {
                    draft.summonsGround = ground;
                    draft.concern = concern(KnownConcernStatus.OPEN, birthDate);
                }))
                .expectEvents(new ConversationPlanned(CONVERSATION_ID, CONCERN_ID, ConversationKind.CONCERN,
                        birthDate, PLANNED_START, PLACE, List.of(MOTHER), null, true, ground, CASE_WORKER, NOW))
                .expectState(conversation -> assertThat(conversation.mandatory()).isTrue());
    }

    static Stream<Arguments> groundsWithAnAgeTheyFit() {
        return Stream.of(
                Arguments.of(SummonsGround.UNDER_15_OTHERWISE_PUNISHABLE_ACT, TODAY.minusYears(14).minusMonths(3)),
                Arguments.of(SummonsGround.UNDER_18_PUNISHABLE_ACT, MINOR_BIRTH_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"concern", "clarification", "follow-up"})
    void anAdultIsNeverSummonedWhateverTheKind(String kindName) {
        planning()
                .when(summons(draft -> {
                    draft.concern = concern(KnownConcernStatus.OPEN, ADULT_BIRTH_DATE);
                    draft.kind = kind(kindName);
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "only-minors-may-be-summoned"));
    }

    /** 2025-03-27T23:30Z is 00:30 on the 28th in Oslo (UTC+1): the 18th birthday, though UTC says the day before. */
    @Test
    void isAnAdultFromTheFirstMinuteOfTheEighteenthBirthdayInOslo() {
        assertThat(EIGHTEENTH_BIRTHDAY).isEqualTo(LocalDate.of(2025, 3, 28));
        planning()
                .when(summonsOfOneTurning18At(Instant.parse("2025-03-27T23:30:00Z")))
                .expectNoEvents()
                .expectException(violates(RULES, "only-minors-may-be-summoned"))
                .expectExceptionMessage(containsString("18"));
    }

    @Test
    void isAnAdultAllOfTheEighteenthBirthday() {
        planning()
                .when(summonsOfOneTurning18At(Instant.parse("2025-03-28T12:00:00Z")))
                .expectNoEvents()
                .expectException(violates(RULES, "only-minors-may-be-summoned"));
    }

    /** 2025-03-27T22:30Z is 23:30 on the 27th in Oslo: still 17. */
    @Test
    void mayBeSummonedUntilTheLastMinuteBeforeTheEighteenthBirthdayInOslo() {
        PlanConversation plan = summonsOfOneTurning18At(Instant.parse("2025-03-27T22:30:00Z"));
        planning().when(plan).expectEvents(planned(plan, NOW));
    }

    @Test
    void theAgeIsJudgedOnThePlannedDayNotToday() {
        assertThat(TURNS_18_BIRTH_DATE.plusYears(18)).isAfter(TODAY);
        planning()
                .when(summonsOfOneTurning18At(EIGHTEENTH_BIRTHDAY.plusDays(7).atStartOfDay(ConversationTestData.OSLO)
                        .plusHours(10).toInstant()))
                .expectException(violates(RULES, "only-minors-may-be-summoned"));
    }

    private static PlanConversation summonsOfOneTurning18At(Instant plannedStart) {
        return summons(draft -> {
            draft.concern = concern(KnownConcernStatus.OPEN, TURNS_18_BIRTH_DATE);
            draft.plannedStart = plannedStart;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"clarification", "follow-up"})
    void aMinorIsSummonedOnlyToAKindThatAllowsIt(String kindName) {
        planning()
                .when(summons(draft -> draft.kind = kind(kindName)))
                .expectNoEvents()
                .expectException(violates(RULES, "kind-allows-summons"));
    }

    @Test
    void aDistrictTemplateMayAllowASummons() {
        ConversationKind youthSummons = new ConversationKind("youth-summons", null, 14, true);
        LocalDate fourteen = TODAY.minusYears(14).minusMonths(3);
        PlanConversation plan = summons(draft -> {
            draft.kind = youthSummons;
            draft.concern = concern(KnownConcernStatus.RECEIVED, fourteen);
            draft.summonsGround = SummonsGround.UNDER_15_OTHERWISE_PUNISHABLE_ACT;
        });
        planning()
                .when(plan)
                .expectEvents(new ConversationPlanned(CONVERSATION_ID, CONCERN_ID, youthSummons, fourteen,
                        PLANNED_START, PLACE, List.of(MOTHER), null, true,
                        SummonsGround.UNDER_15_OTHERWISE_PUNISHABLE_ACT, CASE_WORKER, NOW));
        planning()
                .when(summons(draft -> draft.kind = youthSummons))
                .expectNoEvents()
                .expectException(violates(RULES, "kind-fits-age"));
    }

    @Test
    void aDistrictTemplateMayForbidASummons() {
        planning()
                .when(summons(draft -> draft.kind = new ConversationKind("school-talk", null, 17, false)))
                .expectNoEvents()
                .expectException(violates(RULES, "kind-allows-summons"));
    }

    @Test
    void aSummonsNamesItsGround() {
        planning()
                .when(summons(draft -> draft.summonsGround = null))
                .expectNoEvents()
                .expectException(violates(RULES, "summons-names-legal-ground"));
    }

    @ParameterizedTest
    @EnumSource(SummonsGround.class)
    void anInvitationNamesNoGround(SummonsGround ground) {
        planning()
                .when(invitation(draft -> draft.summonsGround = ground))
                .expectNoEvents()
                .expectException(violates(RULES, "summons-names-legal-ground"));
    }

    @Test
    void aSummonedMinorsGuardiansAreInvitedToo() {
        planning()
                .when(summons(draft -> draft.guardians = List.of()))
                .expectNoEvents()
                .expectException(violates(RULES, "guardians-invited-for-minor"));
    }

    private static ConversationKind kind(String name) {
        return switch (name) {
            case "concern" -> ConversationKind.CONCERN;
            case "clarification" -> ConversationKind.CLARIFICATION;
            case "follow-up" -> ConversationKind.FOLLOW_UP;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
