package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.CONCERN_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.CONVERSATION_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.EIGHTEENTH_BIRTHDAY;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.OSLO;
import static no.concerntrail.conversations.domain.ConversationTestData.TURNS_18_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.adultInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.cancelledEarlier;
import static no.concerntrail.conversations.domain.ConversationTestData.concern;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.heldYesterday;
import static no.concerntrail.conversations.domain.ConversationTestData.invitation;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.minorSummonsPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.planned;
import static no.concerntrail.conversations.domain.ConversationTestData.summons;
import static no.concerntrail.testing.FixtureEvents.onlyEvent;
import static no.concerntrail.testing.RuleViolationMatcher.violates;

import java.time.Instant;
import java.util.List;
import no.concerntrail.conversations.domain.command.RescheduleConversation;
import no.concerntrail.conversations.domain.event.ConversationRescheduled;
import org.junit.jupiter.api.Test;

/** A planned conversation moves to another time and place; who may be summoned is judged at the new time. */
class RescheduleConversationTest {

    private static final Instant NEXT_WEEK = Instant.parse("2025-03-21T12:00:00Z");
    private static final String NEW_PLACE = "Youth club, Strømsø";

    @Test
    void aPlannedConversationMoves() {
        given(minorInvitationPlanned())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, NEXT_WEEK, NEW_PLACE, null, CASE_WORKER))
                .expectEvents(new ConversationRescheduled(CONVERSATION_ID, CONCERN_ID, NEXT_WEEK, NEW_PLACE,
                        CASE_WORKER, NOW));
    }

    @Test
    void aSummonsCannotMovePastThe18thBirthday() {
        var summonsBefore = planned(summons(draft -> {
            draft.concern = concern(KnownConcernStatus.OPEN, TURNS_18_BIRTH_DATE);
            draft.plannedStart = EIGHTEENTH_BIRTHDAY.minusDays(3).atTime(10, 0).atZone(OSLO).toInstant();
        }), NOW);
        Instant onTheBirthday = EIGHTEENTH_BIRTHDAY.atTime(10, 0).atZone(OSLO).toInstant();
        given(summonsBefore)
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, onTheBirthday, NEW_PLACE, null, CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "only-minors-may-be-summoned"));
        given(summonsBefore)
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, onTheBirthday.minusSeconds(86_400), NEW_PLACE, null,
                        CASE_WORKER))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationRescheduled.class,
                        e -> e.plannedStart().equals(onTheBirthday.minusSeconds(86_400)) && e.place().equals(NEW_PLACE)));
    }

    @Test
    void aConcernConversationCannotMoveIntoAdulthood() {
        var invitationBefore = planned(invitation(draft -> {
            draft.concern = concern(KnownConcernStatus.OPEN, TURNS_18_BIRTH_DATE);
            draft.plannedStart = EIGHTEENTH_BIRTHDAY.minusDays(3).atTime(10, 0).atZone(OSLO).toInstant();
        }), NOW);
        given(invitationBefore)
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN,
                        EIGHTEENTH_BIRTHDAY.plusDays(1).atTime(10, 0).atZone(OSLO).toInstant(), NEW_PLACE, null,
                        CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "kind-fits-age"));
    }

    @Test
    void movingBeforeThe18thBirthdayNeedsTheGuardiansInvited() {
        var adultWithoutGuardians = planned(invitation(draft -> {
            draft.concern = concern(KnownConcernStatus.OPEN, TURNS_18_BIRTH_DATE);
            draft.kind = ConversationKind.FOLLOW_UP;
            draft.guardians = List.of();
            draft.plannedStart = EIGHTEENTH_BIRTHDAY.plusDays(3).atTime(10, 0).atZone(OSLO).toInstant();
        }), NOW);
        given(adultWithoutGuardians)
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN,
                        EIGHTEENTH_BIRTHDAY.minusDays(1).atTime(10, 0).atZone(OSLO).toInstant(), NEW_PLACE, null,
                        CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "guardians-invited-for-minor"));
    }

    @Test
    void onlyAPlannedConversationMoves() {
        given(minorSummonsPlanned(), heldYesterday())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, NEXT_WEEK, NEW_PLACE, null, CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "only-planned-conversation-is-rescheduled"));
        given(adultInvitationPlanned(), cancelledEarlier())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, NEXT_WEEK, NEW_PLACE, null, CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "only-planned-conversation-is-rescheduled"));
    }

    @Test
    void aConversationOfAClosedConcernDoesNotMove() {
        given(adultInvitationPlanned())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.CLOSED, NEXT_WEEK, NEW_PLACE, null,
                        CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "no-conversation-for-closed-concern"));
    }

    @Test
    void theNewTimeIsAfterTheBirthAndNotYearsAhead() {
        given(adultInvitationPlanned())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN,
                        Instant.parse("1990-01-01T10:00:00Z"), NEW_PLACE, null, CASE_WORKER))
                .expectException(violates(RULES, "times-within-range"));
        given(adultInvitationPlanned())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN,
                        NOW.plus(java.time.Duration.ofDays(3 * 365)), NEW_PLACE, null, CASE_WORKER))
                .expectException(violates(RULES, "times-within-range"));
    }

    @Test
    void theNewTimePlaceAndActorAreRequired() {
        given(adultInvitationPlanned())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, null, NEW_PLACE, null, CASE_WORKER))
                .expectException(violates(RULES, "required-field"));
        given(adultInvitationPlanned())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, NEXT_WEEK, " ", null, CASE_WORKER))
                .expectException(violates(RULES, "required-field"));
        given(adultInvitationPlanned())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, NEXT_WEEK, NEW_PLACE, null, null))
                .expectException(violates(RULES, "required-field"));
    }
}
