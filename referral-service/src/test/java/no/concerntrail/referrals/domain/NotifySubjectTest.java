package no.concerntrail.referrals.domain;

import static no.concerntrail.referrals.domain.ReferralPolicies.RULES;
import static no.concerntrail.referrals.domain.ReferralTestData.CASE_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.CHILD_WELFARE;
import static no.concerntrail.referrals.domain.ReferralTestData.CONCERN_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.EARLIER;
import static no.concerntrail.referrals.domain.ReferralTestData.NOW;
import static no.concerntrail.referrals.domain.ReferralTestData.REFERRAL_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.TODAY;
import static no.concerntrail.referrals.domain.ReferralTestData.acceptedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.completedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.declinedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.given;
import static no.concerntrail.referrals.domain.ReferralTestData.madeEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.notifiedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.withdrawnEarlier;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import no.concerntrail.referrals.domain.command.DeferNotification;
import no.concerntrail.referrals.domain.command.RecordSubjectNotified;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.SubjectNotified;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Telling the subject that their data went to the partner, or putting it off with a reason and for a time. */
class NotifySubjectTest {

    private static final Instant TOLD = NOW.minus(Duration.ofDays(1));
    private static final String REASON = "Telling him now would warn the older brother the team follows";
    private static final LocalDate IN_THREE_MONTHS = TODAY.plusMonths(3);

    @Test
    void recordsWhenAndHowTheSubjectWasTold() {
        given(madeEarlier())
                .when(notified(TOLD))
                .expectEvents(new SubjectNotified(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, TOLD,
                        NotificationMethod.IN_PERSON, CASE_WORKER, NOW))
                .expectState(referral -> {
                    assertThat(referral.subjectNotified()).isTrue();
                    assertThat(referral.status()).isEqualTo(ReferralStatus.MADE);
                });
    }

    /** Their data went out whatever the partner answered, so telling them is owed all the same. */
    @ParameterizedTest
    @MethodSource("finalReferrals")
    void aFinalReferralStillRecordsTheNotificationAndItsDeferral(Object[] history) {
        given(history)
                .when(notified(TOLD))
                .expectSuccessfulHandlerExecution()
                .expectState(referral -> assertThat(referral.subjectNotified()).isTrue());
        given(history)
                .when(defer(REASON, IN_THREE_MONTHS))
                .expectSuccessfulHandlerExecution()
                .expectState(referral -> assertThat(referral.deferredUntil()).isEqualTo(IN_THREE_MONTHS));
    }

    static Stream<Named<Object[]>> finalReferrals() {
        return Stream.of(
                Named.of("declined", new Object[] {madeEarlier(), declinedEarlier()}),
                Named.of("withdrawn", new Object[] {madeEarlier(), withdrawnEarlier()}),
                Named.of("completed", new Object[] {madeEarlier(), acceptedEarlier(), completedEarlier()}));
    }

    @Test
    void theSubjectIsToldAtTheEarliestWhenTheReferralIsMade() {
        given(madeEarlier())
                .when(notified(EARLIER))
                .expectSuccessfulHandlerExecution();
        given(madeEarlier())
                .when(notified(EARLIER.minusSeconds(1)))
                .expectNoEvents()
                .expectException(violates(RULES, "notified-at-in-the-past"))
                .expectExceptionMessage(containsString("before the referral was made"));
    }

    @Test
    void theSubjectWasToldAtATimeAlreadyPast() {
        given(madeEarlier())
                .when(notified(NOW.plus(Duration.ofMinutes(2))))
                .expectNoEvents()
                .expectException(violates(RULES, "notified-at-in-the-past"))
                .expectExceptionMessage(containsString("in the future"));
        given(madeEarlier())
                .when(notified(NOW.plusSeconds(30)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSubjectIsToldOnce() {
        given(madeEarlier(), notifiedEarlier())
                .when(notified(TOLD))
                .expectNoEvents()
                .expectException(violates(RULES, "already-notified"));
    }

    @Test
    void aNotificationNamesWhenHowAndWho() {
        given(madeEarlier())
                .when(new RecordSubjectNotified(REFERRAL_ID, null, NotificationMethod.LETTER, null, CASE_WORKER))
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("notifiedAt"));
        given(madeEarlier())
                .when(new RecordSubjectNotified(REFERRAL_ID, TOLD, null, null, CASE_WORKER))
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("method"));
        given(madeEarlier())
                .when(new RecordSubjectNotified(REFERRAL_ID, TOLD, NotificationMethod.LETTER, null, " "))
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("actor"));
    }

    @Test
    void tellingIsPutOffWithAReasonUntilADay() {
        given(madeEarlier())
                .when(defer(REASON, IN_THREE_MONTHS))
                .expectEvents(new NotificationDeferred(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, REASON, IN_THREE_MONTHS,
                        CASE_WORKER, NOW))
                .expectState(referral -> {
                    assertThat(referral.deferredUntil()).isEqualTo(IN_THREE_MONTHS);
                    assertThat(referral.subjectNotified()).isFalse();
                });
    }

    @Test
    void aLaterDeferralReplacesTheOneBefore() {
        LocalDate later = TODAY.plusMonths(6);
        given(madeEarlier(), new NotificationDeferred(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, REASON, TODAY.plusDays(2),
                CASE_WORKER, EARLIER))
                .when(defer("The team's work with the brother goes on", later))
                .expectSuccessfulHandlerExecution()
                .expectState(referral -> assertThat(referral.deferredUntil()).isEqualTo(later));
    }

    @Test
    void aDeferredSubjectIsToldInTheEnd() {
        given(madeEarlier(), new NotificationDeferred(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, REASON, TODAY.plusDays(2),
                CASE_WORKER, EARLIER))
                .when(notified(TOLD))
                .expectSuccessfulHandlerExecution()
                .expectState(referral -> assertThat(referral.subjectNotified()).isTrue());
    }

    @Test
    void nothingIsPutOffOnceTheSubjectWasTold() {
        given(madeEarlier(), notifiedEarlier())
                .when(defer(REASON, IN_THREE_MONTHS))
                .expectNoEvents()
                .expectException(violates(RULES, "already-notified"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aDeferralNeedsAReason(String reason) {
        given(madeEarlier())
                .when(defer(reason, IN_THREE_MONTHS))
                .expectNoEvents()
                .expectException(violates(RULES, "deferral-needs-reason-and-end"));
    }

    @ParameterizedTest
    @MethodSource("endsOutOfRange")
    void aDeferralEndsAfterTodayAndWithinAYear(LocalDate until) {
        given(madeEarlier())
                .when(defer(REASON, until))
                .expectNoEvents()
                .expectException(violates(RULES, "deferral-needs-reason-and-end"));
    }

    static Stream<Named<LocalDate>> endsOutOfRange() {
        return Stream.of(
                Named.of("no end", null),
                Named.of("today", TODAY),
                Named.of("yesterday", TODAY.minusDays(1)),
                Named.of("a year and a day ahead", TODAY.plusYears(1).plusDays(1)));
    }

    @ParameterizedTest
    @MethodSource("endsInRange")
    void aDeferralEndsTomorrowAtTheEarliestAndAYearAheadAtTheLatest(LocalDate until) {
        given(madeEarlier())
                .when(defer(REASON, until))
                .expectSuccessfulHandlerExecution();
    }

    static Stream<Named<LocalDate>> endsInRange() {
        return Stream.of(Named.of("tomorrow", TODAY.plusDays(1)), Named.of("a year ahead", TODAY.plusYears(1)));
    }

    @Test
    void aDeferralNamesWhoPutItOff() {
        given(madeEarlier())
                .when(new DeferNotification(REFERRAL_ID, REASON, IN_THREE_MONTHS, null, null))
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("actor"));
    }

    private static RecordSubjectNotified notified(Instant at) {
        return new RecordSubjectNotified(REFERRAL_ID, at, NotificationMethod.IN_PERSON, null, CASE_WORKER);
    }

    private static DeferNotification defer(String reason, LocalDate until) {
        return new DeferNotification(REFERRAL_ID, reason, until, null, CASE_WORKER);
    }
}
