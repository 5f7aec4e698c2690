package no.concerntrail.referrals.domain;

import static no.concerntrail.referrals.domain.ReferralPolicies.RULES;
import static no.concerntrail.referrals.domain.ReferralTestData.CASE_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.CHILD_WELFARE;
import static no.concerntrail.referrals.domain.ReferralTestData.CONCERN_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.NOW;
import static no.concerntrail.referrals.domain.ReferralTestData.PARTNER_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.REFERRAL_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.given;
import static no.concerntrail.referrals.domain.ReferralTestData.madeEarlier;
import static no.concerntrail.testing.RuleViolationMatcher.violates;

import java.time.LocalDate;
import java.util.stream.Stream;
import no.concerntrail.referrals.domain.command.AcceptReferral;
import no.concerntrail.referrals.domain.command.AcknowledgeReferral;
import no.concerntrail.referrals.domain.command.DeclineReferral;
import no.concerntrail.referrals.domain.command.DeferNotification;
import no.concerntrail.referrals.domain.command.EraseReferral;
import no.concerntrail.referrals.domain.command.RecordSubjectNotified;
import no.concerntrail.referrals.domain.command.WithdrawReferral;
import no.concerntrail.referrals.domain.event.ReferralErased;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** case-service erased the referral's concern: the referral is erased once (its partner is told), then takes nothing. */
class EraseReferralTest {

    private static final String ERASURE = "case-service:6a1f0c2e-9b8d-4e7f-a1b2-c3d4e5f60718";
    private static final ReferralErased ERASED = new ReferralErased(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, ERASURE,
            NOW);

    @Test
    void isErasedOnceEvenWhenTheErasureComesTwice() {
        given(madeEarlier()).when(new EraseReferral(REFERRAL_ID, ERASURE)).expectEvents(ERASED);
        given(madeEarlier(), ERASED).when(new EraseReferral(REFERRAL_ID, ERASURE)).expectNoEvents();
    }

    static Stream<Object> everyCommand() {
        return Stream.of(new AcknowledgeReferral(REFERRAL_ID, null, PARTNER_WORKER),
                new AcceptReferral(REFERRAL_ID, null, PARTNER_WORKER),
                new DeclineReferral(REFERRAL_ID, "not ours", null, PARTNER_WORKER),
                new WithdrawReferral(REFERRAL_ID, "not needed", null, CASE_WORKER),
                new RecordSubjectNotified(REFERRAL_ID, NOW, NotificationMethod.LETTER, null, CASE_WORKER),
                new DeferNotification(REFERRAL_ID, "would harm", LocalDate.of(2025, 5, 1), null, CASE_WORKER));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void anErasedReferralTakesNothingMore(Object command) {
        given(madeEarlier(), ERASED).when(command).expectNoEvents()
                .expectException(violates(RULES, "erased-concern-is-final"));
    }
}
