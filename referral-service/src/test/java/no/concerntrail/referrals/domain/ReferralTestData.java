package no.concerntrail.referrals.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import no.concerntrail.referrals.domain.command.MakeReferral;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.domain.event.SubjectNotified;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

/** One referral's story told in commands and events, the people in it and the agencies' terms, at a fixed time. */
final class ReferralTestData {

    static final UUID REFERRAL_ID = UUID.fromString("5b2e9c1a-7d3f-4a8e-b6c0-1f2e3d4c5b6a");
    static final UUID CONCERN_ID = UUID.fromString("3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c90");
    static final UUID CONVERSATION_ID = UUID.fromString("a7e1d2c3-4b5a-4f6e-8d9c-0b1a2c3d4e5f");

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** When the command under test runs (winter time in Oslo: UTC+1). */
    static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, OSLO);
    /** When the referral in the history was made. */
    static final Instant EARLIER = NOW.minus(Duration.ofDays(20));
    /** When the partner answered in the history. */
    static final Instant ANSWERED = EARLIER.plus(Duration.ofDays(2));
    /** When the consent of a referral made now was given. */
    static final Instant CONSENT_GIVEN = NOW.minus(Duration.ofDays(2));

    /** 15 and a bit at every time these tests use. */
    static final LocalDate MINOR_BIRTH_DATE = TODAY.minusYears(15).minusMonths(3);
    /** 25 and a bit. */
    static final LocalDate ADULT_BIRTH_DATE = TODAY.minusYears(25).minusMonths(3);

    static final String CASE_WORKER = "rk-kari";
    static final String PARTNER_WORKER = "cw-per";

    static final Provision DUTY_TO_NOTIFY_CHILD_WELFARE = new Provision("child-welfare-act-13-2",
            "barnevernsloven § 13-2", 0, 17, true);
    static final Provision CRIME_PREVENTION = new Provision("crime-prevention", "politiregisterloven § 27", 0, 120,
            false);
    static final String CHILD_WELFARE = "child-welfare";
    /** A subject consents alone from 16; the duty to notify covers the help needs, crime prevention only the identity. */
    static final AgencyTerms CHILD_WELFARE_TERMS = new AgencyTerms(CHILD_WELFARE, 16,
            List.of(DUTY_TO_NOTIFY_CHILD_WELFARE), List.of(CRIME_PREVENTION));
    static final String LABOUR_AND_WELFARE = "labour-and-welfare";
    static final AgencyTerms LABOUR_AND_WELFARE_TERMS = new AgencyTerms(LABOUR_AND_WELFARE, 18, List.of(),
            List.of(CRIME_PREVENTION));

    static final String SUBJECTS_NAME = "Ola Nordmann";
    static final String MOTHERS_NAME = "Kari Nordmann";
    static final String MOTHERS_PHONE = "+47 912 34 567";
    static final String SUBJECTS_EMAIL = "ola.nordmann@example.no";
    static final String SUBJECTS_ADDRESS = "Storgata 1, 3015 Drammen";
    static final GuardianContact MOTHER = new GuardianContact(MOTHERS_NAME, "mother",
            new ContactDetails(MOTHERS_PHONE, null, null));
    static final ContactDetails SUBJECTS_CONTACT = new ContactDetails(null, SUBJECTS_EMAIL, SUBJECTS_ADDRESS);
    static final PoliceContact POLICE_CONTACT = new PoliceContact("Kari Radkontakt", "+47 32 00 00 00",
            "kari.radkontakt@politiet.no");
    static final String MESSAGE = "Wants help to get back to school; mother agrees";
    static final List<HelpNeed> HELP_NEEDS = List.of(HelpNeed.EDUCATION, HelpNeed.LEISURE);

    private ReferralTestData() {
    }

    static AggregateTestFixture<Referral> fixture() {
        return new AggregateTestFixture<>(Referral.class);
    }

    /** The fixture at {@link #NOW} with no referral yet. */
    static TestExecutor<Referral> making() {
        return fixture().givenCurrentTime(NOW);
    }

    /** The fixture at {@link #NOW} with the given history. */
    static TestExecutor<Referral> given(Object... events) {
        return fixture().givenCurrentTime(NOW).andGiven(events);
    }

    static ConcernAsKnown adoptedConcern(LocalDate birthDate) {
        return new ConcernAsKnown(true, false, birthDate, false);
    }

    static SubjectDetails minor(LocalDate birthDate) {
        return new SubjectDetails(SUBJECTS_NAME, birthDate, null, List.of(MOTHER));
    }

    static SubjectDetails adult(LocalDate birthDate) {
        return new SubjectDetails(SUBJECTS_NAME, birthDate, SUBJECTS_CONTACT, List.of());
    }

    static Consent guardiansConsent() {
        return new Consent(ConsentGiver.GUARDIANS, List.of(MOTHERS_NAME), CONSENT_GIVEN, ConsentForm.WRITTEN);
    }

    static Consent subjectsConsent(Instant givenAt) {
        return new Consent(ConsentGiver.SUBJECT, List.of(), givenAt, ConsentForm.ORAL);
    }

    // --- making ---

    static final class MakeDraft {
        UUID referralId = REFERRAL_ID;
        UUID concernId = CONCERN_ID;
        ConcernAsKnown concern = adoptedConcern(MINOR_BIRTH_DATE);
        String agency = CHILD_WELFARE;
        AgencyTerms terms = CHILD_WELFARE_TERMS;
        LegalBasis basis = LegalBasis.consent(guardiansConsent());
        List<HelpNeed> helpNeeds = new ArrayList<>(HELP_NEEDS);
        UUID conversationId = CONVERSATION_ID;
        String message = MESSAGE;
        SubjectDetails subject = minor(MINOR_BIRTH_DATE);
        PoliceContact policeContact = POLICE_CONTACT;
        String actor = CASE_WORKER;

        /** The subject, as entered and as the concern knows them, is born on {@code birthDate}. */
        void bornOn(LocalDate birthDate) {
            concern = adoptedConcern(birthDate);
            subject = new SubjectDetails(subject.name(), birthDate, subject.contact(), subject.guardians());
        }

        MakeReferral command() {
            return new MakeReferral(referralId, concernId, concern, agency, terms, basis, helpNeeds, conversationId,
                    message, subject, policeContact, actor);
        }
    }

    /** A minor referred to child welfare on the mother's written consent, with help needs and a message. */
    static MakeReferral referral() {
        return referral(draft -> { });
    }

    static MakeReferral referral(Consumer<MakeDraft> change) {
        MakeDraft draft = new MakeDraft();
        change.accept(draft);
        return draft.command();
    }

    /** An adult referred to the labour and welfare office on their own oral consent, reachable by e-mail. */
    static MakeReferral adultReferral(Consumer<MakeDraft> change) {
        return referral(draft -> {
            draft.concern = adoptedConcern(ADULT_BIRTH_DATE);
            draft.agency = LABOUR_AND_WELFARE;
            draft.terms = LABOUR_AND_WELFARE_TERMS;
            draft.basis = LegalBasis.consent(subjectsConsent(CONSENT_GIVEN));
            draft.subject = adult(ADULT_BIRTH_DATE);
            change.accept(draft);
        });
    }

    /** A minor referred to child welfare under the duty to notify, which lets the help needs go too. */
    static MakeReferral dutyReferral(Consumer<MakeDraft> change) {
        return referral(draft -> {
            draft.basis = LegalBasis.duty(DUTY_TO_NOTIFY_CHILD_WELFARE.id());
            change.accept(draft);
        });
    }

    /** A minor referred to child welfare under the crime-prevention exception: who the person is, and nothing more. */
    static MakeReferral identityOnlyReferral(Consumer<MakeDraft> change) {
        return referral(draft -> {
            draft.basis = LegalBasis.exception(CRIME_PREVENTION.id());
            draft.helpNeeds = List.of();
            draft.conversationId = null;
            draft.message = null;
            change.accept(draft);
        });
    }

    /** The event a valid referral produces at {@code at}, with the provision as the command's terms configure it. */
    static ReferralMade made(MakeReferral command, Instant at) {
        return new ReferralMade(command.referralId(), command.concernId(), command.agency(), command.basis(),
                command.terms().provision(command.basis()).orElse(null), command.helpNeeds(), command.conversationId(),
                command.message(), command.subject(), command.policeContact(), command.actor(), at);
    }

    // --- history ---

    static ReferralMade madeEarlier() {
        return made(referral(), EARLIER);
    }

    static ReferralAcknowledged acknowledgedEarlier() {
        return new ReferralAcknowledged(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, PARTNER_WORKER, ANSWERED);
    }

    static ReferralAccepted acceptedEarlier() {
        return new ReferralAccepted(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, PARTNER_WORKER, ANSWERED);
    }

    static ReferralDeclined declinedEarlier() {
        return new ReferralDeclined(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, "Already followed by the school nurse",
                PARTNER_WORKER, ANSWERED);
    }

    static ReferralWithdrawn withdrawnEarlier() {
        return new ReferralWithdrawn(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, "The mother withdrew her consent",
                CASE_WORKER, ANSWERED);
    }

    static ReferralCompleted completedEarlier() {
        return new ReferralCompleted(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, null, PARTNER_WORKER,
                ANSWERED.plus(Duration.ofDays(7)));
    }

    static SubjectNotified notifiedEarlier() {
        return new SubjectNotified(REFERRAL_ID, CONCERN_ID, CHILD_WELFARE, EARLIER.plus(Duration.ofHours(1)),
                NotificationMethod.LETTER, CASE_WORKER, EARLIER.plus(Duration.ofHours(2)));
    }
}
