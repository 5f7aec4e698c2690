package no.concerntrail.referrals.domain;

import static no.concerntrail.referrals.domain.ReferralPolicies.RULES;
import static no.concerntrail.referrals.domain.ReferralTestData.ADULT_BIRTH_DATE;
import static no.concerntrail.referrals.domain.ReferralTestData.CASE_WORKER;
import static no.concerntrail.referrals.domain.ReferralTestData.CHILD_WELFARE;
import static no.concerntrail.referrals.domain.ReferralTestData.CONCERN_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.CONVERSATION_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.HELP_NEEDS;
import static no.concerntrail.referrals.domain.ReferralTestData.LABOUR_AND_WELFARE_TERMS;
import static no.concerntrail.referrals.domain.ReferralTestData.MESSAGE;
import static no.concerntrail.referrals.domain.ReferralTestData.MINOR_BIRTH_DATE;
import static no.concerntrail.referrals.domain.ReferralTestData.MOTHER;
import static no.concerntrail.referrals.domain.ReferralTestData.NOW;
import static no.concerntrail.referrals.domain.ReferralTestData.POLICE_CONTACT;
import static no.concerntrail.referrals.domain.ReferralTestData.REFERRAL_ID;
import static no.concerntrail.referrals.domain.ReferralTestData.SUBJECTS_CONTACT;
import static no.concerntrail.referrals.domain.ReferralTestData.SUBJECTS_NAME;
import static no.concerntrail.referrals.domain.ReferralTestData.adultReferral;
import static no.concerntrail.referrals.domain.ReferralTestData.guardiansConsent;
import static no.concerntrail.referrals.domain.ReferralTestData.made;
import static no.concerntrail.referrals.domain.ReferralTestData.making;
import static no.concerntrail.referrals.domain.ReferralTestData.minor;
import static no.concerntrail.referrals.domain.ReferralTestData.referral;
import static no.concerntrail.testing.RuleViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.concerntrail.referrals.domain.ReferralTestData.MakeDraft;
import no.concerntrail.referrals.domain.command.MakeReferral;
import no.concerntrail.referrals.domain.event.ReferralMade;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Making a referral: the concern, the agency, who is referred and how the partner reaches them. The legal basis:
 * {@link LegalBasisTest}.
 */
class MakeReferralTest {

    @Test
    void refersAMinorToChildWelfareOnTheGuardiansConsent() {
        making()
                .when(referral())
                .expectEvents(new ReferralMade(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE,
                        LegalBasis.consent(guardiansConsent()), null, HELP_NEEDS, CONVERSATION_ID, MESSAGE,
                        minor(MINOR_BIRTH_DATE), POLICE_CONTACT, CASE_WORKER, NOW))
                .expectState(referral -> {
                    assertThat(referral.status()).isEqualTo(ReferralStatus.MADE);
                    assertThat(referral.subjectNotified()).isFalse();
                    assertThat(referral.deferredUntil()).isNull();
                });
    }

    @Test
    void refersAnAdultOnTheirOwnConsent() {
        MakeReferral command = adultReferral(draft -> { });
        making().when(command).expectEvents(made(command, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankMessageIsStoredAsNone(String blank) {
        MakeReferral command = referral(draft -> draft.message = blank);
        making().when(command).expectEvents(new ReferralMade(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, command.basis(),
                null, HELP_NEEDS, CONVERSATION_ID, null, command.subject(), POLICE_CONTACT, CASE_WORKER, NOW));
    }

    @Test
    void withoutHelpNeedsAReferralSaysOnlyWhoIsReferred() {
        MakeReferral command = referral(draft -> {
            draft.helpNeeds = null;
            draft.conversationId = null;
            draft.message = null;
        });
        making().when(command).expectEvents(made(command, NOW));
        assertThat(command.helpNeeds()).isEmpty();
    }

    @Test
    void anUnknownConcernHasNoReferral() {
        making()
                .when(referral(draft -> draft.concern = null))
                .expectNoEvents()
                .expectException(violates(RULES, "concern-must-be-known"));
    }

    @Test
    void aConcernNotYetAdoptedIsNotReferred() {
        making()
                .when(referral(draft -> draft.concern = new ConcernAsKnown(false, false, MINOR_BIRTH_DATE, false)))
                .expectNoEvents()
                .expectException(violates(RULES, "referral-needs-adopted-concern"));
    }

    @Test
    void aClosedConcernIsNotReferred() {
        making()
                .when(referral(draft -> draft.concern = new ConcernAsKnown(true, true, MINOR_BIRTH_DATE, false)))
                .expectNoEvents()
                .expectException(violates(RULES, "no-referral-on-closed-concern"));
    }

    /** Erased in case-service: nothing more is referred about it, closed or not. */
    @Test
    void anErasedConcernIsNotReferred() {
        making()
                .when(referral(draft -> draft.concern = new ConcernAsKnown(true, true, null, true)))
                .expectNoEvents()
                .expectException(violates(RULES, "erased-concern-is-final"));
    }

    /** Closed at triage: what the officer needs to hear is that it is closed. */
    @Test
    void aConcernClosedAtTriageIsClosed() {
        making()
                .when(referral(draft -> draft.concern = new ConcernAsKnown(false, true, MINOR_BIRTH_DATE, false)))
                .expectException(violates(RULES, "no-referral-on-closed-concern"));
    }

    @Test
    void anAgencyThatIsNotConfiguredGetsNothing() {
        making()
                .when(referral(draft -> {
                    draft.agency = "debt-counselling";
                    draft.terms = null;
                }))
                .expectNoEvents()
                .expectException(violates(RULES, "agency-from-configured-list"))
                .expectExceptionMessage(containsString("debt-counselling"));
    }

    @Test
    void theTermsAreThoseOfTheAgencyReferredTo() {
        making()
                .when(referral(draft -> draft.terms = LABOUR_AND_WELFARE_TERMS))
                .expectNoEvents()
                .expectException(violates(RULES, "agency-from-configured-list"));
    }

    @Test
    void theOfficerConfirmsWhoIsReferred() {
        making()
                .when(referral(draft -> draft.subject = minor(MINOR_BIRTH_DATE.plusDays(1))))
                .expectNoEvents()
                .expectException(violates(RULES, "subject-confirmed"));
    }

    @Test
    void aMinorIsReferredWithAGuardian() {
        making()
                .when(referral(draft -> draft.subject = new SubjectDetails(SUBJECTS_NAME, MINOR_BIRTH_DATE,
                        SUBJECTS_CONTACT, List.of())))
                .expectNoEvents()
                .expectException(violates(RULES, "guardians-contact-for-minor"));
    }

    @Test
    void aMinorsGuardiansCanBeReached() {
        GuardianContact father = new GuardianContact("Per Nordmann", "father", null);
        making()
                .when(referral(draft -> draft.subject = new SubjectDetails(SUBJECTS_NAME, MINOR_BIRTH_DATE, null,
                        List.of(father))))
                .expectNoEvents()
                .expectException(violates(RULES, "guardians-contact-for-minor"));
        MakeReferral oneReachable = referral(draft -> draft.subject = new SubjectDetails(SUBJECTS_NAME,
                MINOR_BIRTH_DATE, null, List.of(father, MOTHER)));
        making().when(oneReachable).expectEvents(made(oneReachable, NOW));
    }

    @Test
    void anAdultIsReferredWithoutGuardians() {
        making()
                .when(adultReferral(draft -> draft.subject = new SubjectDetails(SUBJECTS_NAME, ADULT_BIRTH_DATE,
                        SUBJECTS_CONTACT, List.of(MOTHER))))
                .expectNoEvents()
                .expectException(violates(RULES, "guardians-only-for-minor"));
    }

    @Test
    void anAdultCanBeReached() {
        making()
                .when(adultReferral(draft -> draft.subject = new SubjectDetails(SUBJECTS_NAME, ADULT_BIRTH_DATE, null,
                        List.of())))
                .expectNoEvents()
                .expectException(violates(RULES, "subject-reachable"));
    }

    @ParameterizedTest
    @MethodSource("emptyContacts")
    void contactDetailsGivenHoldAWay(MakeReferral command, String field) {
        making()
                .when(command)
                .expectNoEvents()
                .expectException(violates(RULES, "contact-needs-a-way"))
                .expectExceptionMessage(containsString(field));
    }

    static Stream<Arguments> emptyContacts() {
        ContactDetails blank = new ContactDetails(" ", "", null);
        return Stream.of(
                Arguments.of(Named.of("the subject's", adultReferral(draft -> draft.subject = new SubjectDetails(
                        SUBJECTS_NAME, ADULT_BIRTH_DATE, blank, List.of()))), "subject.contact"),
                Arguments.of(Named.of("a guardian's", referral(draft -> draft.subject = new SubjectDetails(
                        SUBJECTS_NAME, MINOR_BIRTH_DATE, null,
                        List.of(MOTHER, new GuardianContact("Per Nordmann", "father", blank))))),
                        "subject.guardians[].contact"),
                Arguments.of(Named.of("the police contact's, an address being no use", referral(draft ->
                        draft.policeContact = new PoliceContact("Kari Radkontakt", " ", null))), "policeContact"));
    }

    @Test
    void anyOneWayIsEnough() {
        MakeReferral command = adultReferral(draft -> {
            draft.subject = new SubjectDetails(SUBJECTS_NAME, ADULT_BIRTH_DATE, new ContactDetails(null, null,
                    "Storgata 1, 3015 Drammen"), List.of());
            draft.policeContact = new PoliceContact("Kari Radkontakt", null, "kari.radkontakt@politiet.no");
        });
        making().when(command).expectEvents(made(command, NOW));
    }

    @Test
    void eachHelpNeedIsNamedOnce() {
        making()
                .when(referral(draft -> draft.helpNeeds = List.of(HelpNeed.EDUCATION, HelpNeed.HOUSING,
                        HelpNeed.EDUCATION)))
                .expectNoEvents()
                .expectException(violates(RULES, "help-needs-without-repeats"))
                .expectExceptionMessage(containsString("EDUCATION"));
    }

    @ParameterizedTest
    @MethodSource("missingFields")
    void refusesAMissingField(Consumer<MakeDraft> change, String field) {
        making()
                .when(referral(change))
                .expectNoEvents()
                .expectException(violates(RULES, "required-field"))
                .expectExceptionMessage(containsString(field));
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                missing("no actor", draft -> draft.actor = null, "actor"),
                missing("blank actor", draft -> draft.actor = " ", "actor"),
                missing("no referralId", draft -> draft.referralId = null, "referralId"),
                missing("no concernId", draft -> draft.concernId = null, "concernId"),
                missing("no agency", draft -> draft.agency = null, "agency"),
                missing("blank agency", draft -> draft.agency = "  ", "agency"),
                missing("no subject", draft -> draft.subject = null, "subject"),
                missing("subject without name", draft -> draft.subject = new SubjectDetails(" ", MINOR_BIRTH_DATE,
                        null, List.of(MOTHER)), "subject.name"),
                missing("subject without birth date", draft -> draft.subject = new SubjectDetails(SUBJECTS_NAME, null,
                        null, List.of(MOTHER)), "subject.birthDate"),
                missing("guardian without name", draft -> draft.subject = new SubjectDetails(SUBJECTS_NAME,
                        MINOR_BIRTH_DATE, null, List.of(MOTHER, new GuardianContact(null, "father", null))),
                        "subject.guardians[].name"),
                missing("no police contact", draft -> draft.policeContact = null, "policeContact"),
                missing("police contact without name", draft -> draft.policeContact = new PoliceContact("",
                        "+47 32 00 00 00", null), "policeContact.name"),
                missing("a help need left empty", draft -> draft.helpNeeds = Arrays.asList(HelpNeed.WORK, null),
                        "helpNeeds[]"),
                missing("concern without birth date", draft -> draft.concern = new ConcernAsKnown(true, false, null, false),
                        "birth date"));
    }

    private static Arguments missing(String name, Consumer<MakeDraft> change, String field) {
        return Arguments.of(Named.of(name, change), field);
    }
}
