package no.concerntrail.referrals.domain;

import static no.concerntrail.referrals.domain.ReferralPolicies.RULES;
import static no.concerntrail.referrals.domain.ReferralTestData.CASE_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.CHILD_WELFARE;
import static no.concerntrail.referrals.domain.ReferralTestData.CONCERN_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.NOW;
import static no.concerntrail.referrals.domain.ReferralTestData.PARTNER_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.REFERRAL_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.acceptedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.acknowledgedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.completedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.declinedEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.given;
import static no.concerntrail.referrals.domain.ReferralTestData.madeEarlier;
import static no.concerntrail.referrals.domain.ReferralTestData.withdrawnEarlier;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.stream.Stream;
import no.concerntrail.referrals.domain.command.AcceptReferral;
import no.concerntrail.referrals.domain.command.AcknowledgeReferral;
import no.concerntrail.referrals.domain.command.CompleteReferral;
import no.concerntrail.referrals.domain.command.DeclineReferral;
import no.concerntrail.referrals.domain.command.WithdrawReferral;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The partner's answers (acknowledged, accepted or declined, then completed) and the police's withdrawal, in order. */
class ReferralLifecycleTest {

    private static final String REASON = "Already followed by the school nurse";

    @Test
    void aNewReferralIsAcknowledged() {
        given(madeEarlier())
                .when(acknowledge(PARTNER_WORKER))
                .expectEvents(new ReferralAcknowledged(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, PARTNER_WORKER, NOW))
                .expectState(referral -> assertThat(referral.status()).isEqualTo(ReferralStatus.ACKNOWLEDGED));
    }

    @ParameterizedTest
    @MethodSource("unanswered")
    void anUnansweredReferralIsAccepted(Object[] history) {
        given(history)
                .when(new AcceptReferral(REFERRAL_ID, null, PARTNER_WORKER))
                .expectEvents(new ReferralAccepted(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, PARTNER_WORKER, NOW))
                .expectState(referral -> assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED));
    }

    @ParameterizedTest
    @MethodSource("unanswered")
    void anUnansweredReferralIsDeclinedWithAReason(Object[] history) {
        given(history)
                .when(new DeclineReferral(REFERRAL_ID, REASON, null, PARTNER_WORKER))
                .expectEvents(new ReferralDeclined(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, REASON, PARTNER_WORKER, NOW))
                .expectState(referral -> assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED));
    }

    static Stream<Named<Object[]>> unanswered() {
        return Stream.of(Named.of("made", new Object[] {madeEarlier()}),
                Named.of("acknowledged", new Object[] {madeEarlier(), acknowledgedEarlier()}));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void decliningNeedsAReason(String reason) {
        given(madeEarlier())
                .when(new DeclineReferral(REFERRAL_ID, reason, null, PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "decline-needs-reason"));
    }

    @Test
    void anAcceptedReferralIsCompletedWithTheNote() {
        given(madeEarlier(), acceptedEarlier())
                .when(new CompleteReferral(REFERRAL_ID, "Back in school since March", null, PARTNER_WORKER))
                .expectEvents(new ReferralCompleted(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, "Back in school since March",
                        PARTNER_WORKER, NOW))
                .expectState(referral -> assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aCompletionNeedsNoNote(String note) {
        given(madeEarlier(), acknowledgedEarlier(), acceptedEarlier())
                .when(new CompleteReferral(REFERRAL_ID, note, null, PARTNER_WORKER))
                .expectEvents(new ReferralCompleted(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, null, PARTNER_WORKER, NOW));
    }

    @ParameterizedTest
    @MethodSource("open")
    void theReferralIsWithdrawnUntilItIsFinal(Object[] history) {
        given(history)
                .when(new WithdrawReferral(REFERRAL_ID, "The mother withdrew her consent", null, CASE_WORKER))
                .expectEvents(new ReferralWithdrawn(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE,
                        "The mother withdrew her consent", CASE_WORKER, NOW))
                .expectState(referral -> assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN));
    }

    static Stream<Named<Object[]>> open() {
        return Stream.concat(unanswered(),
                Stream.of(Named.of("accepted", new Object[] {madeEarlier(), acknowledgedEarlier(), acceptedEarlier()})));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void withdrawingNeedsAReason(String reason) {
        given(madeEarlier(), acceptedEarlier())
                .when(new WithdrawReferral(REFERRAL_ID, reason, null, CASE_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "withdraw-needs-reason"));
    }

    @Test
    void aReferralIsAcknowledgedOnceAndOnlyWhenNew() {
        given(madeEarlier(), acknowledgedEarlier())
                .when(acknowledge(PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "answer-in-order"));
        given(madeEarlier(), acceptedEarlier())
                .when(acknowledge(PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "answer-in-order"));
    }

    @Test
    void anAcceptedReferralIsNeitherAcceptedAgainNorDeclined() {
        given(madeEarlier(), acceptedEarlier())
                .when(new AcceptReferral(REFERRAL_ID, null, PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "answer-in-order"));
        given(madeEarlier(), acceptedEarlier())
                .when(new DeclineReferral(REFERRAL_ID, REASON, null, PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "answer-in-order"))
                .expectExceptionMessage(containsString("ACCEPTED"));
    }

    @ParameterizedTest
    @MethodSource("withdrawnOrDeclined")
    void aWithdrawnOrDeclinedReferralIsNotAccepted(Object[] history) {
        given(history)
                .when(new AcceptReferral(REFERRAL_ID, null, PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "withdrawn-or-declined-cannot-be-accepted"));
    }

    static Stream<Named<Object[]>> withdrawnOrDeclined() {
        return Stream.of(Named.of("withdrawn", new Object[] {madeEarlier(), withdrawnEarlier()}),
                Named.of("declined", new Object[] {madeEarlier(), acknowledgedEarlier(), declinedEarlier()}));
    }

    @ParameterizedTest
    @MethodSource("unanswered")
    void onlyAnAcceptedReferralIsCompleted(Object[] history) {
        given(history)
                .when(new CompleteReferral(REFERRAL_ID, null, null, PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "completed-only-after-accepted"));
    }

    @ParameterizedTest
    @MethodSource("finalReferralsAndChanges")
    void aFinalReferralDoesNotChange(Object[] history, Object change) {
        given(history)
                .when(change)
                .expectNoEvents()
                .expectException(violates(RULES, "final-referral-does-not-change"));
    }

    static Stream<Arguments> finalReferralsAndChanges() {
        Stream<Named<Object[]>> finals = Stream.concat(withdrawnOrDeclined(), Stream.of(Named.of("completed",
                new Object[] {madeEarlier(), acceptedEarlier(), completedEarlier()})));
        List<Named<Object>> changes = List.of(
                Named.of("acknowledge", acknowledge(PARTNER_WORKER)),
                Named.of("decline", new DeclineReferral(REFERRAL_ID, REASON, null, PARTNER_WORKER)),
                Named.of("complete", new CompleteReferral(REFERRAL_ID, null, null, PARTNER_WORKER)),
                Named.of("withdraw", new WithdrawReferral(REFERRAL_ID, REASON, null, CASE_WORKER)));
        return finals.flatMap(history -> changes.stream().map(change -> Arguments.of(history, change)));
    }

    @Test
    void aCompletedReferralIsNotAcceptedAgain() {
        given(madeEarlier(), acceptedEarlier(), completedEarlier())
                .when(new AcceptReferral(REFERRAL_ID, null, PARTNER_WORKER))
                .expectNoEvents()
                .expectException(violates(RULES, "final-referral-does-not-change"));
    }

    @ParameterizedTest
    @MethodSource("answersWithoutActor")
    void everyAnswerNamesWhoGaveIt(Object command) {
        given(madeEarlier(), acceptedEarlier())
                .when(command)
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("actor"));
    }

    static Stream<Named<Object>> answersWithoutActor() {
        return Stream.of(
                Named.of("complete", new CompleteReferral(REFERRAL_ID, null, null, null)),
                Named.of("withdraw", new WithdrawReferral(REFERRAL_ID, REASON, null, " ")));
    }

    @ParameterizedTest
    @MethodSource("unansweredWithoutActor")
    void everyFirstAnswerNamesWhoGaveIt(Object command) {
        given(madeEarlier())
                .when(command)
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString("actor"));
    }

    static Stream<Named<Object>> unansweredWithoutActor() {
        return Stream.of(
                Named.of("acknowledge", acknowledge(null)),
                Named.of("accept", new AcceptReferral(REFERRAL_ID, null, "")),
                Named.of("decline", new DeclineReferral(REFERRAL_ID, REASON, null, null)));
    }

    private static AcknowledgeReferral acknowledge(String actor) {
        return new AcknowledgeReferral(REFERRAL_ID, null, actor);
    }
}
