package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.RULES;
import static no.concerntrail.conversations.domain.ConversationTestData.CASE_WORKER;
import static no.concerntrail.conversations.domain.ConversationTestData.CONVERSATION_ID;
import static no.concerntrail.conversations.domain.ConversationTestData.NOW;
import static no.concerntrail.conversations.domain.ConversationTestData.OSLO;
import static no.concerntrail.conversations.domain.ConversationTestData.TODAY;
import static no.concerntrail.conversations.domain.ConversationTestData.concern;
import static no.concerntrail.conversations.domain.ConversationTestData.given;
import static no.concerntrail.conversations.domain.ConversationTestData.heldConversation;
import static no.concerntrail.conversations.domain.ConversationTestData.planned;
import static no.concerntrail.conversations.domain.ConversationTestData.planning;
import static no.concerntrail.conversations.domain.ConversationTestData.summons;
import static no.concerntrail.testing.FixtureEvents.onlyEvent;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import no.concerntrail.conversations.domain.command.RescheduleConversation;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import no.concerntrail.conversations.domain.event.ConversationRescheduled;
import org.junit.jupiter.api.Test;

/**
 * The Police Act § 13 names two grounds, each for an age: that a person under 15 committed an otherwise punishable
 * act (below the age of criminal responsibility), or that a person under 18 committed a punishable act. A ground is
 * judged against the subject's age when the conversation is planned, moved and held.
 */
class SummonsGroundFitsAgeTest {

    private static final String PLACE = "Drammen police station";
    /** Turns 15 ten days from today. */
    private static final LocalDate TURNS_15_SOON = TODAY.plusDays(10).minusYears(15);
    private static final LocalDate FIFTEENTH_BIRTHDAY = TODAY.plusDays(10);

    @Test
    void aGroundForUnder15sIsRefusedForA16YearOld() {
        planning()
                .when(summons(draft -> {
                    draft.summonsGround = SummonsGround.UNDER_15_OTHERWISE_PUNISHABLE_ACT;
                    draft.concern = concern(KnownConcernStatus.OPEN, TODAY.minusYears(16).minusMonths(2));
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "summons-ground-fits-age"))
                .expectExceptionMessage(containsString("under 15"));
    }

    @Test
    void theGroundForUnder18sFitsA16YearOld() {
        planning()
                .when(summons(draft -> {
                    draft.summonsGround = SummonsGround.UNDER_18_PUNISHABLE_ACT;
                    draft.concern = concern(KnownConcernStatus.OPEN, TODAY.minusYears(16).minusMonths(2));
                }))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationPlanned.class,
                        e -> e.summonsGround() == SummonsGround.UNDER_18_PUNISHABLE_ACT));
    }

    @Test
    void aSummonsOnTheUnder15GroundCannotMovePastThe15thBirthday() {
        given(under15Summons())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN, at(FIFTEENTH_BIRTHDAY),
                        PLACE, null, CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "summons-ground-fits-age"));
        given(under15Summons())
                .when(new RescheduleConversation(CONVERSATION_ID, KnownConcernStatus.OPEN,
                        at(FIFTEENTH_BIRTHDAY.minusDays(1)), PLACE, null, CASE_WORKER))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyEvent(ConversationRescheduled.class,
                        e -> e.plannedStart().equals(at(FIFTEENTH_BIRTHDAY.minusDays(1)))));
    }

    @Test
    void aSummonsOnTheUnder15GroundHeldAfterThe15thBirthdayIsRefused() {
        Instant onTheBirthday = at(FIFTEENTH_BIRTHDAY);
        ConversationTestData.fixture().givenCurrentTime(at(FIFTEENTH_BIRTHDAY.plusDays(1))).andGiven(under15Summons())
                .when(heldConversation(draft -> {
                    draft.startedAt = onTheBirthday;
                    draft.endedAt = onTheBirthday.plus(Duration.ofMinutes(60));
                    draft.rightsNotice = new RightsNotice(onTheBirthday, draft.rightsNotice.givenTo());
                    draft.wayForward = WayForward.none();
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "summons-ground-fits-age"))
                .expectExceptionMessage(containsString("was 15 when it started"));
    }

    private static ConversationPlanned under15Summons() {
        return planned(summons(draft -> {
            draft.summonsGround = SummonsGround.UNDER_15_OTHERWISE_PUNISHABLE_ACT;
            draft.concern = concern(KnownConcernStatus.OPEN, TURNS_15_SOON);
            draft.plannedStart = at(TODAY.plusDays(5));
        }), NOW);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(OSLO).toInstant();
    }
}
