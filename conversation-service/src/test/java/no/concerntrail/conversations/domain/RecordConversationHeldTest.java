package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.CONCERN_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.CONVERSATION_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.ENDED;
import static no.concerntrail.conversations.domain.ConversationTestData.FAMILY_CONFLICT;
import static no.concerntrail.conversations.domain.ConversationTestData.FOLLOW_UP_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.FOOTBALL;
import static no.concerntrail.conversations.domain.ConversationTestData.HOBBIES;
import static no.concerntrail.conversations.domain.ConversationTestData.MOTHERS_NAME;
import static no.concerntrail.conversations.domain.ConversationTestData.NOTE;
import static no.concerntrail.conversations.domain.ConversationTestData.NOTICE_GIVEN;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.OFFICER_NAME;
import static no.concerntrail.conversations.domain.ConversationTestData.STARTED;
import static no.concerntrail.conversations.domain.ConversationTestData.adultInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.cancelledEarlier;
import static no.concerntrail.conversations.domain.ConversationTestData.declinedEarlier;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.held;
import static no.concerntrail.conversations.domain.ConversationTestData.heldConversation;
import static no.concerntrail.conversations.domain.ConversationTestData.heldYesterday;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.minorSummonsPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.noShowEarlier;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.concerntrail.conversations.domain.ConversationTestData.HeldDraft;
import no.concerntrail.conversations.domain.command.RecordConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recording a conversation as held: what the event keeps, when it may be recorded, the fields and the times. */
class RecordConversationHeldTest {

    @Test
    void recordsEverythingIncludingTheProtectedAssessment() {
        given(minorInvitationPlanned())
                .when(heldConversation())
                .expectEvents(new ConversationHeld(CONVERSATION_ID, CONCERN_ID, "concern", STARTED, ENDED,
                        new HeldBy(HostRole.POLICE_OFFICER, OFFICER_NAME, null), null, List.of(MOTHERS_NAME),
                        new RightsNotice(NOTICE_GIVEN, Set.of(NoticeRecipient.SUBJECT, NoticeRecipient.GUARDIANS)),
                        Set.of(Purpose.CLARIFY, Purpose.OFFER_HELP), ConcernOutcome.LOWERED, ConcernLevel.LOW,
                        Credibility.CREDIBLE, Set.of(HelpNeed.EDUCATION, HelpNeed.LEISURE),
                        List.of(FAMILY_CONFLICT, HOBBIES), new WayForward(List.of(FOOTBALL), FOLLOW_UP_DATE), NOTE,
                        CASE_WORKER, NOW))
                .expectState(conversation -> assertThat(conversation.status()).isEqualTo(ConversationStatus.HELD));
    }

    @Test
    void keepsThePlannedKind() {
        RecordConversationHeld adults = heldConversation(draft -> draft.guardiansPresent = List.of());
        given(adultInvitationPlanned())
                .when(adults)
                .expectEvents(held(adults, "clarification", NOW));
    }

    @Test
    void aSummonsIsHeldLikeAnInvitation() {
        given(minorSummonsPlanned())
                .when(heldConversation())
                .expectEvents(held(heldConversation(), "concern", NOW))
                .expectState(conversation -> assertThat(conversation.status()).isEqualTo(ConversationStatus.HELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankNoteIsStoredAsNone(String note) {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.note = note))
                .expectEvents(held(heldConversation(draft -> draft.note = null), "concern", NOW));
    }

    @Test
    void isHeldOnlyOnce() {
        given(minorInvitationPlanned(), heldYesterday())
                .when(heldConversation())
                .expectNoEvents()
                .expectException(violates(RULES, "only-planned-conversation-concludes"));
    }

    @ParameterizedTest
    @MethodSource("concludedOtherwise")
    void isNotHeldOnceConcludedOtherwise(Object conclusion) {
        given(minorInvitationPlanned(), conclusion)
                .when(heldConversation())
                .expectNoEvents()
                .expectException(violates(RULES, "only-planned-conversation-concludes"));
    }

    static Stream<Named<Object>> concludedOtherwise() {
        return Stream.of(Named.of("declined", declinedEarlier()), Named.of("cancelled", cancelledEarlier()),
                Named.of("no-show", noShowEarlier(false)));
    }

    @Test
    void endsAfterItStarts() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.endedAt = STARTED.minusSeconds(1)))
                .expectNoEvents()
                .expectException(violates(RULES, "held-times-consistent"));
    }

    @Test
    void mayEndAsItStarts() {
        RecordConversationHeld brief = heldConversation(draft -> draft.endedAt = STARTED);
        given(minorInvitationPlanned()).when(brief).expectEvents(held(brief, "concern", NOW));
    }

    @Test
    void hasNotEndedInTheFutureBeyondTheClockSkew() {
        given(minorInvitationPlanned())
                .when(justHeld(NOW.plus(Duration.ofMinutes(1)).plusSeconds(1)))
                .expectNoEvents()
                .expectException(violates(RULES, "held-times-consistent"))
                .expectExceptionMessage(containsString("future"));
    }

    @Test
    void toleratesAClientClockAMinuteAhead() {
        RecordConversationHeld aheadByAMinute = justHeld(NOW.plus(Duration.ofMinutes(1)));
        given(minorInvitationPlanned()).when(aheadByAMinute).expectEvents(held(aheadByAMinute, "concern", NOW));
    }

    @Test
    void isNotRecordedBeforeItHappened() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> {
                    draft.rightsNotice = new RightsNotice(NOW.plus(Duration.ofDays(1)), Set.of(NoticeRecipient.SUBJECT,
                            NoticeRecipient.GUARDIANS));
                    draft.startedAt = NOW.plus(Duration.ofDays(1));
                    draft.endedAt = NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1));
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "held-times-consistent"));
    }

    /** A conversation that ended at {@code ended}, after 30 minutes, with the notice given at its start. */
    private static RecordConversationHeld justHeld(Instant ended) {
        Instant start = ended.minus(Duration.ofMinutes(30));
        return heldConversation(draft -> {
            draft.startedAt = start;
            draft.endedAt = ended;
            draft.rightsNotice = new RightsNotice(start, Set.of(NoticeRecipient.SUBJECT, NoticeRecipient.GUARDIANS));
        });
    }

    @ParameterizedTest
    @MethodSource("missingFields")
    void refusesAMissingField(Consumer<HeldDraft> change, String field) {
        given(minorInvitationPlanned())
                .when(heldConversation(change))
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString(field));
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                missing("no purposes", draft -> draft.purposes = Set.of(), "purposes"),
                missing("null purposes", draft -> draft.purposes = null, "purposes"),
                missing("no outcome", draft -> draft.outcome = null, "outcome"),
                missing("no credibility", draft -> draft.credibility = null, "credibility"),
                missing("no startedAt", draft -> draft.startedAt = null, "startedAt"),
                missing("no endedAt", draft -> draft.endedAt = null, "endedAt"),
                missing("no heldBy", draft -> draft.heldBy = null, "heldBy"),
                missing("heldBy without role", draft -> draft.heldBy = new HeldBy(null, OFFICER_NAME, null),
                        "heldBy.role"),
                missing("heldBy with blank name", draft -> draft.heldBy = new HeldBy(HostRole.POLICE_OFFICER, " ", null),
                        "heldBy.name"),
                missing("blank guardian present", draft -> draft.guardiansPresent = List.of(MOTHERS_NAME, ""),
                        "guardiansPresent[]"),
                missing("no actor", draft -> draft.actor = null, "actor"),
                missing("blank actor", draft -> draft.actor = "  ", "actor"));
    }

    private static Arguments missing(String name, Consumer<HeldDraft> change, String field) {
        return Arguments.of(Named.of(name, change), field);
    }
}
