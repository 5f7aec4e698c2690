package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.FOOTBALL;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.STARTED;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.held;
import static no.concerntrail.conversations.domain.ConversationTestData.heldConversation;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.concerntrail.conversations.domain.command.RecordConversationHeld;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What came of the conversation: the concern's new level, the measures and their follow-up. */
class HeldOutcomeTest {

    /** The day the test data's conversation started, in Oslo. */
    private static final LocalDate CONVERSATION_DAY = LocalDate.ofInstant(STARTED, ConversationTestData.OSLO);

    @ParameterizedTest
    @EnumSource(value = ConcernOutcome.class, names = {"LOWERED", "RAISED"})
    void aChangeOfLevelNamesTheNewLevel(ConcernOutcome outcome) {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> {
                    draft.outcome = outcome;
                    draft.newLevel = null;
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "outcome-names-new-level"));
    }

    @Test
    void anUnchangedOutcomeNamesNoLevel() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> {
                    draft.outcome = ConcernOutcome.UNCHANGED;
                    draft.newLevel = ConcernLevel.MODERATE;
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "outcome-names-new-level"));
    }

    @Test
    void recordsARaiseAndAnUnchangedOutcome() {
        RecordConversationHeld raised = heldConversation(draft -> {
            draft.concern = new ConcernAsKnown(KnownConcernStatus.OPEN, draft.concern.subjectBirthDate(),
                    ConcernLevel.MODERATE, true);
            draft.outcome = ConcernOutcome.RAISED;
            draft.newLevel = ConcernLevel.HIGH;
        });
        given(minorInvitationPlanned()).when(raised).expectEvents(held(raised, "concern", NOW));
        RecordConversationHeld unchanged = heldConversation(draft -> {
            draft.outcome = ConcernOutcome.UNCHANGED;
            draft.newLevel = null;
        });
        given(minorInvitationPlanned()).when(unchanged).expectEvents(held(unchanged, "concern", NOW));
    }

    @ParameterizedTest
    @MethodSource("vagueMeasures")
    void everyMeasureSaysWhatAndWho(Measure vague) {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.wayForward = new WayForward(List.of(FOOTBALL, vague),
                        CONVERSATION_DAY.plusWeeks(4))))
                .expectNoEvents()
                .expectException(violates(RULES, "measure-names-responsible"));
    }

    static Stream<Named<Measure>> vagueMeasures() {
        return Stream.of(
                Named.of("nobody responsible", new Measure("Meets the school nurse", null)),
                Named.of("blank responsible", new Measure("Meets the school nurse", " ")),
                Named.of("no description", new Measure(null, "Helsesykepleier")),
                Named.of("blank description", new Measure("", "Helsesykepleier")));
    }

    @Test
    void measuresAreFollowedUp() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.wayForward = new WayForward(List.of(FOOTBALL), null)))
                .expectNoEvents()
                .expectException(violates(RULES, "way-forward-has-follow-up-date"));
    }

    @Test
    void notBeforeTheConversation() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.wayForward = new WayForward(List.of(FOOTBALL),
                        CONVERSATION_DAY.minusDays(1))))
                .expectNoEvents()
                .expectException(violates(RULES, "way-forward-has-follow-up-date"));
    }

    @Test
    void theFollowUpMayBeTheSameDay() {
        RecordConversationHeld sameDay = heldConversation(
                draft -> draft.wayForward = new WayForward(List.of(FOOTBALL), CONVERSATION_DAY));
        given(minorInvitationPlanned()).when(sameDay).expectEvents(held(sameDay, "concern", NOW));
    }

    /** Started 2025-03-12T23:30Z, which is 00:30 on the 13th in Oslo: a follow-up on the 12th is before it. */
    @Test
    void theConversationsDayIsTheDayInOslo() {
        Instant startedAfterMidnightInOslo = Instant.parse("2025-03-12T23:30:00Z");
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> {
                    draft.startedAt = startedAfterMidnightInOslo;
                    draft.endedAt = startedAfterMidnightInOslo.plus(Duration.ofHours(1));
                    draft.rightsNotice = new RightsNotice(startedAfterMidnightInOslo,
                            Set.of(NoticeRecipient.SUBJECT, NoticeRecipient.GUARDIANS));
                    draft.wayForward = new WayForward(List.of(FOOTBALL), LocalDate.of(2025, 3, 12));
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "way-forward-has-follow-up-date"));
    }

    @Test
    void aFollowUpDateWithoutMeasuresIsFine() {
        RecordConversationHeld justAFollowUp = heldConversation(
                draft -> draft.wayForward = new WayForward(List.of(), CONVERSATION_DAY.plusWeeks(2)));
        given(minorInvitationPlanned()).when(justAFollowUp).expectEvents(held(justAFollowUp, "concern", NOW));
    }

    @Test
    void noWayForwardAtAllIsFine() {
        RecordConversationHeld nothingAgreed = heldConversation(draft -> draft.wayForward = null);
        given(minorInvitationPlanned())
                .when(nothingAgreed)
                .expectEvents(held(nothingAgreed, "concern", NOW))
                .expectState(conversation -> assertThat(conversation.status()).isEqualTo(ConversationStatus.HELD));
    }
}
