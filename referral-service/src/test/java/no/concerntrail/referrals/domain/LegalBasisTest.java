package no.concerntrail.referrals.domain;

import static no.concerntrail.referrals.domain.ReferralPolicies.RULES;
import static no.concerntrail.referrals.domain.ReferralTestData.ADULT_BIRTH_DATE;
import static no.concerntrail.referrals.domain.ReferralTestData.CONSENT_GIVEN;
import static no.concerntrail.referrals.domain.ReferralTestData.CONVERSATION_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.CRIME_PREVENTION;
import static no.concerntrail.referrals.domain.ReferralTestData.DUTY_TO_NOTIFY_CHILD_WELFARE;
import static no.concerntrail.referrals.domain.ReferralTestData.MINOR_BIRTH_DATE;
import static no.concerntrail.referrals.domain.ReferralTestData.MOTHERS_NAME;
import static no.concerntrail.referrals.domain.ReferralTestData.NOW;
import static no.concerntrail.referrals.domain.ReferralTestData.OSLO;
import static no.concerntrail.referrals.domain.ReferralTestData.TODAY;
import static no.concerntrail.referrals.domain.ReferralTestData.adult;
import static no.concerntrail.referrals.domain.ReferralTestData.adultReferral;
import static no.concerntrail.referrals.domain.ReferralTestData.dutyReferral;
import static no.concerntrail.referrals.domain.ReferralTestData.fixture;
import static no.concerntrail.referrals.domain.ReferralTestData.guardiansConsent;
import static no.concerntrail.referrals.domain.ReferralTestData.identityOnlyReferral;
import static no.concerntrail.referrals.domain.ReferralTestData.made;
import static no.concerntrail.referrals.domain.ReferralTestData.making;
import static no.concerntrail.referrals.domain.ReferralTestData.referral;
import static no.concerntrail.referrals.domain.ReferralTestData.subjectsConsent;
import static no.concerntrail.testing.FixtureEvents.onlyEvent;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.concerntrail.referrals.domain.command.MakeReferral;
import no.concerntrail.referrals.domain.event.ReferralMade;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Without a legal basis nothing is shared; with one, only what it covers, for the ages it covers. */
class LegalBasisTest {

    /** Turned 16 (child welfare's age of consent) a week ago. */
    private static final LocalDate SIXTEEN_A_WEEK_AGO = TODAY.minusYears(16).minusDays(7);

    @ParameterizedTest
    @MethodSource("withoutBasis")
    void nothingIsSharedWithoutALegalBasis(LegalBasis basis) {
        making()
                .when(referral(draft -> draft.basis = basis))
                .expectNoEvents()
                .expectException(violates(RULES, "referral-needs-legal-basis"));
    }

    static Stream<Named<LegalBasis>> withoutBasis() {
        return Stream.of(
                Named.of("no basis", null),
                Named.of("a basis of no kind", new LegalBasis(null, null, DUTY_TO_NOTIFY_CHILD_WELFARE.id())),
                Named.of("a duty naming no provision", LegalBasis.duty(" ")),
                Named.of("an exception naming no provision", LegalBasis.exception(null)),
                Named.of("a duty carrying a consent", new LegalBasis(BasisKind.DUTY_TO_NOTIFY,
                        guardiansConsent(), DUTY_TO_NOTIFY_CHILD_WELFARE.id())),
                Named.of("a consent naming a provision", new LegalBasis(BasisKind.CONSENT,
                        guardiansConsent(), DUTY_TO_NOTIFY_CHILD_WELFARE.id())));
    }

    @ParameterizedTest
    @MethodSource("unrecordedConsents")
    void consentIsRecordedWhoWhenAndHow(Consent consent, String detail) {
        making()
                .when(referral(draft -> draft.basis = new LegalBasis(BasisKind.CONSENT, consent, null)))
                .expectNoEvents()
                .expectException(violates(RULES, "consent-is-recorded"))
                .expectExceptionMessage(containsString(detail));
    }

    static Stream<Arguments> unrecordedConsents() {
        return Stream.of(
                unrecorded("no record", null, "records the consent"),
                unrecorded("nobody gave it", new Consent(null, List.of(MOTHERS_NAME), CONSENT_GIVEN,
                        ConsentForm.WRITTEN), "givenBy"),
                unrecorded("no time", new Consent(ConsentGiver.GUARDIANS, List.of(MOTHERS_NAME), null,
                        ConsentForm.WRITTEN), "givenAt"),
                unrecorded("no form", new Consent(ConsentGiver.GUARDIANS, List.of(MOTHERS_NAME), CONSENT_GIVEN, null),
                        "form"),
                unrecorded("in the future", guardians(NOW.plus(Duration.ofMinutes(2))), "in the future"),
                unrecorded("before the subject's birth", guardians(MINOR_BIRTH_DATE.minusDays(1).atStartOfDay(OSLO)
                        .toInstant()), "before the subject's birth"),
                unrecorded("guardians naming none", new Consent(ConsentGiver.GUARDIANS, List.of(), CONSENT_GIVEN,
                        ConsentForm.WRITTEN), "names who gave it"),
                unrecorded("a guardian left blank", new Consent(ConsentGiver.GUARDIANS, List.of(MOTHERS_NAME, " "),
                        CONSENT_GIVEN, ConsentForm.WRITTEN), "every guardian"),
                unrecorded("the subject's, naming guardians", new Consent(ConsentGiver.SUBJECT, List.of(MOTHERS_NAME),
                        CONSENT_GIVEN, ConsentForm.ORAL), "name no guardians"));
    }

    private static Arguments unrecorded(String name, Consent consent, String detail) {
        return Arguments.of(Named.of(name, consent), detail);
    }

    private static Consent guardians(Instant givenAt) {
        return new Consent(ConsentGiver.GUARDIANS, List.of(MOTHERS_NAME), givenAt, ConsentForm.WRITTEN);
    }

    @Test
    void aConsentRecordedAsItIsGivenToleratesAClockALittleAhead() {
        MakeReferral command = referral(draft -> draft.basis = LegalBasis.consent(guardians(NOW.plusSeconds(30))));
        making().when(command).expectEvents(made(command, NOW));
    }

    @Test
    void aDutyStoresItsProvisionAsConfiguredNow() {
        MakeReferral command = dutyReferral(draft -> { });
        making()
                .when(command)
                .expectEventsMatching(onlyEvent(ReferralMade.class,
                        event -> DUTY_TO_NOTIFY_CHILD_WELFARE.equals(event.provision())
                                && event.helpNeeds().equals(command.helpNeeds())));
    }

    @Test
    void anExceptionThatCoversOnlyTheIdentitySendsOnlyThat() {
        MakeReferral command = identityOnlyReferral(draft -> { });
        making().when(command).expectEvents(made(command, NOW));
    }

    @Test
    void aProvisionIsOneTheAgencyLists() {
        making()
                .when(dutyReferral(draft -> draft.basis = LegalBasis.duty("education-act-9a")))
                .expectNoEvents()
                .expectException(violates(RULES, "basis-fits-agency"))
                .expectExceptionMessage(containsString(DUTY_TO_NOTIFY_CHILD_WELFARE.id()));
    }

    @Test
    void aProvisionIsListedForItsKind() {
        making()
                .when(identityOnlyReferral(draft -> draft.basis = LegalBasis.duty(CRIME_PREVENTION.id())))
                .expectNoEvents()
                .expectException(violates(RULES, "basis-fits-agency"));
    }

    @Test
    void aSubjectUnderTheAgencysAgeOfConsentCannotConsentAlone() {
        making()
                .when(referral(draft -> draft.basis = LegalBasis.consent(subjectsConsent(CONSENT_GIVEN))))
                .expectNoEvents()
                .expectException(violates(RULES, "basis-fits-age"))
                .expectExceptionMessage(containsString("from 16"));
    }

    @Test
    void aSubjectConsentsAloneFromTheDayTheyReachTheAgencysAgeOfConsent() {
        MakeReferral command = referral(draft -> {
            draft.bornOn(TODAY.minusYears(16));
            draft.basis = LegalBasis.consent(subjectsConsent(NOW.minus(Duration.ofHours(1))));
        });
        making().when(command).expectEvents(made(command, NOW));
    }

    @Test
    void aSubjectsConsentCountsOnlyIfTheyWereOldEnoughWhenTheyGaveIt() {
        making()
                .when(referral(draft -> {
                    draft.bornOn(SIXTEEN_A_WEEK_AGO);
                    draft.basis = LegalBasis.consent(subjectsConsent(NOW.minus(Duration.ofDays(10))));
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "basis-fits-age"))
                .expectExceptionMessage(containsString("when they consented"));
    }

    /** 23:30 in UTC is already the next day in Oslo, where the subject turns 16. */
    @Test
    void ageIsJudgedOnTheDayInNorway() {
        Instant lateEvening = Instant.parse("2025-03-13T23:30:00Z");
        MakeReferral command = referral(draft -> {
            draft.bornOn(LocalDate.of(2009, 3, 14));
            draft.basis = LegalBasis.consent(subjectsConsent(lateEvening.minus(Duration.ofMinutes(10))));
        });
        fixture().givenCurrentTime(lateEvening).when(command).expectEvents(made(command, lateEvening));
    }

    @Test
    void guardiansConsentOnlyForAMinor() {
        making()
                .when(adultReferral(draft -> draft.basis = LegalBasis.consent(guardians(CONSENT_GIVEN))))
                .expectNoEvents()
                .expectException(violates(RULES, "basis-fits-age"))
                .expectExceptionMessage(containsString("an adult consents for themselves"));
    }

    @Test
    void onTheirEighteenthBirthdayTheGuardiansNoLongerConsent() {
        making()
                .when(referral(draft -> {
                    draft.bornOn(TODAY.minusYears(18));
                    draft.subject = adult(TODAY.minusYears(18));
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "basis-fits-age"));
    }

    @Test
    void theDayBeforeTheyStillDo() {
        MakeReferral command = referral(draft -> draft.bornOn(TODAY.minusYears(18).plusDays(1)));
        making().when(command).expectEvents(made(command, NOW));
    }

    @Test
    void aProvisionAppliesOnlyToTheAgesItCovers() {
        making()
                .when(dutyReferral(draft -> {
                    draft.bornOn(TODAY.minusYears(18));
                    draft.subject = adult(TODAY.minusYears(18));
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "basis-fits-age"))
                .expectExceptionMessage(containsString("barnevernsloven § 13-2 covers ages 0 to 17"));
    }

    @Test
    void aProvisionForAllAgesCoversAnAdult() {
        MakeReferral command = identityOnlyReferral(draft -> {
            draft.bornOn(ADULT_BIRTH_DATE);
            draft.subject = adult(ADULT_BIRTH_DATE);
        });
        making().when(command).expectEvents(made(command, NOW));
    }

    @ParameterizedTest
    @MethodSource("beyondTheIdentity")
    void aBasisThatCoversOnlyTheIdentityLetsNothingElseGo(MakeReferral command, String detail) {
        making()
                .when(command)
                .expectNoEvents()
                .expectException(violates(RULES, "purpose-binding"))
                .expectExceptionMessage(containsString(detail));
    }

    static Stream<Arguments> beyondTheIdentity() {
        return Stream.of(
                Arguments.of(Named.of("help needs", identityOnlyReferral(
                        draft -> draft.helpNeeds = List.of(HelpNeed.HOUSING))), "remove the help needs"),
                Arguments.of(Named.of("a message", identityOnlyReferral(
                        draft -> draft.message = "Lives with his uncle")), "remove the message"),
                Arguments.of(Named.of("the conversation", identityOnlyReferral(
                        draft -> draft.conversationId = CONVERSATION_ID)), "name no conversation"));
    }

    @Test
    void aBlankMessageIsNoMessage() {
        making()
                .when(identityOnlyReferral(draft -> draft.message = " "))
                .expectEventsMatching(onlyEvent(ReferralMade.class, event -> event.message() == null));
    }
}
