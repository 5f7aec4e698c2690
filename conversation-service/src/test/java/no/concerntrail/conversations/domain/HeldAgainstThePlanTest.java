package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.EIGHTEENTH_BIRTHDAY;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.OSLO;
import static no.concerntrail.conversations.domain.ConversationTestData.TURNS_18_BIRTH_DATE;
import static no.concerntrail.conversations.domain.ConversationTestData.concern;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.heldConversation;
import static no.concerntrail.conversations.domain.ConversationTestData.invitation;
import static no.concerntrail.conversations.domain.ConversationTestData.minorInvitationPlanned;
import static no.concerntrail.conversations.domain.ConversationTestData.planned;
import static no.concerntrail.conversations.domain.ConversationTestData.planning;
import static no.concerntrail.conversations.domain.ConversationTestData.summons;
import static no.concerntrail.testing.FixtureEvents.onlyEvent;
import static no.concerntrail.testing.RuleViolationMatcher.violates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import org.junit.jupiter.api.Test;

/** What a conversation's times may be, and that the law is judged when it took place, not only when planned. */
class HeldAgainstThePlanTest {

    private static final Instant NEXT_MONTH = NOW.plus(Duration.ofDays(30));

    /** A fixture whose clock is a month ahead, so a conversation on the 18th birthday lies in the past. */
    private static final Instant AFTER_THE_BIRTHDAY = EIGHTEENTH_BIRTHDAY.plusDays(2).atTime(12, 0).atZone(OSLO).toInstant();

    @Test
    void aSummonsHeldAfterThe18thBirthdayIsNotASummonsAnyMore() {
        ConversationPlanned summonsAt17 = planned(summons(draft -> {
            draft.concern = concern(KnownConcernStatus.OPEN, TURNS_18_BIRTH_DATE);
            draft.plannedStart = EIGHTEENTH_BIRTHDAY.minusDays(2).atTime(10, 0).atZone(OSLO).toInstant();
        }), NOW);
        Instant onTheBirthday = EIGHTEENTH_BIRTHDAY.atTime(10, 0).atZone(OSLO).toInstant();
        ConversationTestData.fixture().givenCurrentTime(AFTER_THE_BIRTHDAY).andGiven(summonsAt17)
                .when(heldConversation(draft -> {
                    draft.startedAt = onTheBirthday;
                    draft.endedAt = onTheBirthday.plus(Duration.ofMinutes(60));
                    draft.rightsNotice = new RightsNotice(onTheBirthday, draft.rightsNotice.givenTo());
                    draft.wayForward = WayForward.none();
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "only-minors-may-be-summoned"));
    }

    @Test
    void anInvitationHeldAfterThe18thBirthdayIsRecorded() {
        ConversationPlanned invitationAt17 = planned(invitation(draft -> {
            draft.concern = concern(KnownConcernStatus.OPEN, TURNS_18_BIRTH_DATE);
            draft.plannedStart = EIGHTEENTH_BIRTHDAY.minusDays(2).atTime(10, 0).atZone(OSLO).toInstant();
        }), NOW);
        Instant onTheBirthday = EIGHTEENTH_BIRTHDAY.atTime(10, 0).atZone(OSLO).toInstant();
        ConversationTestData.fixture().givenCurrentTime(AFTER_THE_BIRTHDAY).andGiven(invitationAt17)
                .when(heldConversation(draft -> {
                    draft.startedAt = onTheBirthday;
                    draft.endedAt = onTheBirthday.plus(Duration.ofMinutes(60));
                    draft.rightsNotice = new RightsNotice(onTheBirthday, draft.rightsNotice.givenTo());
                    draft.wayForward = WayForward.none();
                }))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationHeld.class, e -> e.startedAt().equals(onTheBirthday)));
    }

    @Test
    void aPlanBeforeTheSubjectsBirthOrYearsAheadIsATypingError() {
        planning().when(invitation(draft -> draft.plannedStart = Instant.parse("1999-01-01T10:00:00Z")))
                .expectNoEvents().expectException(violates(RULES, "times-within-range"));
        planning().when(invitation(draft -> draft.plannedStart = NOW.plus(Duration.ofDays(800))))
                .expectNoEvents().expectException(violates(RULES, "times-within-range"));
        planning().when(invitation(draft -> draft.plannedStart = Instant.parse("+300000-01-01T00:00:00Z")))
                .expectNoEvents().expectException(violates(RULES, "times-within-range"));
        planning().when(invitation(draft -> draft.plannedStart = NEXT_MONTH)).expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationPlanned.class, e -> e.plannedStart().equals(NEXT_MONTH)));
    }

    @Test
    void aConversationDidNotStartBeforeTheSubjectWasBorn() {
        Instant beforeBirth = Instant.parse("1990-06-01T10:00:00Z");
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> {
                    draft.startedAt = beforeBirth;
                    draft.rightsNotice = new RightsNotice(beforeBirth, draft.rightsNotice.givenTo());
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "times-within-range"));
    }

    @Test
    void aFollowUpIsAtMostTwoYearsAfterTheConversation() {
        given(minorInvitationPlanned())
                .when(heldConversation(draft -> draft.wayForward = new WayForward(draft.wayForward.measures(),
                        LocalDate.ofInstant(draft.startedAt, OSLO).plusYears(2).plusDays(1))))
                .expectNoEvents()
                .expectException(violates(RULES, "times-within-range"));
    }
}
