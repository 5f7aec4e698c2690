package no.concerntrail.referrals.domain;

import static no.concerntrail.referrals.domain.ReferralTestData.CASE_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.CHILD_WELFARE;
import static no.concerntrail.referrals.domain.ReferralTestData.CONCERN_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.MESSAGE;
import static no.concerntrail.referrals.domain.ReferralTestData.MINOR_BIRTH_DATE;
import static no.concerntrail.referrals.domain.ReferralTestData.MOTHERS_NAME;
import static no.concerntrail.referrals.domain.ReferralTestData.MOTHERS_PHONE;
import static no.concerntrail.referrals.domain.ReferralTestData.NOW;
import static no.concerntrail.referrals.domain.ReferralTestData.PARTNER_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.REFERRAL_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.SUBJECTS_ADDRESS;
import static no.concerntrail.referrals.domain.ReferralTestData.SUBJECTS_EMAIL;
import static no.concerntrail.referrals.domain.ReferralTestData.SUBJECTS_NAME;
import static no.concerntrail.referrals.domain.ReferralTestData.TODAY;
import static no.concerntrail.referrals.domain.ReferralTestData.adultReferral;
import static no.concerntrail.referrals.domain.ReferralTestData.made;
import static no.concerntrail.referrals.domain.ReferralTestData.referral;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import no.concerntrail.referrals.domain.command.CompleteReferral;
import no.concerntrail.referrals.domain.command.DeclineReferral;
import no.concerntrail.referrals.domain.command.DeferNotification;
import no.concerntrail.referrals.domain.command.WithdrawReferral;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What goes to a log when a command or an event is printed: ids and kinds, never who the person is or free text. */
class PersonalDataOutOfLogsTest {

    private static final String FREE_TEXT = "Lives with his uncle in Drammen";
    private static final LocalDate UNTIL = TODAY.plusDays(5);

    @Test
    void aReferralMadeShowsItsIdsAndBasisKindOnly() {
        ReferralMade minors = made(referral(), NOW);
        ReferralMade adults = made(adultReferral(draft -> { }), NOW);
        for (ReferralMade event : new ReferralMade[] {minors, adults}) {
            assertThat(event.toString())
                    .contains(REFERRAL_ID.toString(), event.concernId().toString(), event.agency(), "CONSENT")
                    .doesNotContain(SUBJECTS_NAME, MOTHERS_NAME, MOTHERS_PHONE, SUBJECTS_EMAIL, SUBJECTS_ADDRESS,
                            MESSAGE, MINOR_BIRTH_DATE.toString(), event.subject().birthDate().toString(),
                            event.policeContact().name(), event.policeContact().phone());
        }
    }

    @Test
    void aReferralToBeMadeShowsNoneEither() {
        assertThat(referral().toString()).contains(REFERRAL_ID.toString())
                .doesNotContain(SUBJECTS_NAME, MOTHERS_NAME, MOTHERS_PHONE, MESSAGE, MINOR_BIRTH_DATE.toString());
    }

    @ParameterizedTest
    @MethodSource("freeText")
    void freeTextStaysOutOfLogs(Object printed) {
        assertThat(printed.toString()).contains(REFERRAL_ID.toString()).doesNotContain(FREE_TEXT);
    }

    static Stream<Named<Object>> freeText() {
        return Stream.of(
                Named.of("the decline", new DeclineReferral(REFERRAL_ID, FREE_TEXT, null, PARTNER_WORKER)),
                Named.of("the withdrawal", new WithdrawReferral(REFERRAL_ID, FREE_TEXT, null, CASE_WORKER)),
                Named.of("the completion", new CompleteReferral(REFERRAL_ID, FREE_TEXT, null, PARTNER_WORKER)),
                Named.of("the deferral", new DeferNotification(REFERRAL_ID, FREE_TEXT, UNTIL, null, CASE_WORKER)),
                Named.of("the declined event", new ReferralDeclined(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, FREE_TEXT,
                        PARTNER_WORKER, NOW)),
                Named.of("the withdrawn event", new ReferralWithdrawn(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, FREE_TEXT,
                        CASE_WORKER, NOW)),
                Named.of("the completed event", new ReferralCompleted(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE,
                        FREE_TEXT, PARTNER_WORKER, NOW)),
                Named.of("the deferred event", new NotificationDeferred(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE,
                        FREE_TEXT, UNTIL, CASE_WORKER, NOW)));
    }
}
