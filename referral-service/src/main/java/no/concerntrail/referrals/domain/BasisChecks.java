package no.concerntrail.referrals.domain;

import static no.concerntrail.platform.rules.RequiredField.hasText;
import static no.concerntrail.referrals.domain.ReferralPolicies.basisFitsAge;
import static no.concerntrail.referrals.domain.ReferralPolicies.basisFitsAgency;
import static no.concerntrail.referrals.domain.ReferralPolicies.consentIsRecorded;
import static no.concerntrail.referrals.domain.ReferralPolicies.purposeBinding;
import static no.concerntrail.referrals.domain.ReferralPolicies.referralNeedsLegalBasis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.platform.rules.RequiredField;
import no.concerntrail.referrals.domain.command.MakeReferral;

/**
 * The rules of a referral's legal basis: that there is one, that a consent is recorded, that the basis fits the agency
 * and the subject's age, and that only what it covers goes to the partner.
 */
final class BasisChecks {

    private BasisChecks() {
    }

    /** One kind of basis, whole: a consent basis names no provision, a duty or an exception names one and no consent. */
    static LegalBasis checkKind(LegalBasis basis) {
        referralNeedsLegalBasis.require(basis != null && basis.kind() != null,
                "name the legal basis: CONSENT, DUTY_TO_NOTIFY or CONFIDENTIALITY_EXCEPTION");
        if (basis.kind() == BasisKind.CONSENT) {
            referralNeedsLegalBasis.require(basis.provision() == null, "a consent basis names no provision");
        } else {
            referralNeedsLegalBasis.require(hasText(basis.provision()),
                    "a " + basis.kind() + " basis names the provision it rests on");
            referralNeedsLegalBasis.require(basis.consent() == null, "a " + basis.kind()
                    + " basis carries no consent: if consent was given, make the referral on consent");
        }
        return basis;
    }

    /** @param birthDate the subject's, as the officer entered it */
    static void checkRecord(LegalBasis basis, LocalDate birthDate, Instant now) {
        if (basis.kind() != BasisKind.CONSENT) {
            return;
        }
        Consent consent = basis.consent();
        consentIsRecorded.require(consent != null, "a consent basis records the consent: who gave it, when and how");
        consentIsRecorded.require(consent.givenBy() != null, "the consent names who gave it (givenBy)");
        consentIsRecorded.require(consent.givenAt() != null, "the consent names when it was given (givenAt)");
        consentIsRecorded.require(consent.form() != null, "the consent names how it was given (form)");
        consentIsRecorded.require(!consent.givenAt().isAfter(now.plus(Referral.CLOCK_SKEW)),
                "the consent is dated " + consent.givenAt() + ", in the future");
        Instant birth = PoliceTime.startOf(birthDate);
        consentIsRecorded.require(!consent.givenAt().isBefore(birth),
                "the consent is dated " + consent.givenAt() + ", before the subject's birth");
        if (consent.givenBy() == ConsentGiver.GUARDIANS) {
            consentIsRecorded.require(!consent.guardians().isEmpty(), "the guardians' consent names who gave it");
            consentIsRecorded.require(consent.guardians().stream().allMatch(RequiredField::hasText),
                    "every guardian who consented is named");
        } else {
            consentIsRecorded.require(consent.guardians().isEmpty(),
                    "the subject consented alone: name no guardians, or record the guardians' consent");
        }
    }

    /**
     * Who may consent and which provision applies, at the subject's age: a subject's own consent counts only if they
     * were old enough when they gave it.
     *
     * @param age the subject's, in whole years, at the referral
     */
    static void checkAgainstTerms(LegalBasis basis, AgencyTerms terms, LocalDate birthDate, int age) {
        if (basis.kind() == BasisKind.CONSENT) {
            Consent consent = basis.consent();
            if (consent.givenBy() == ConsentGiver.GUARDIANS) {
                basisFitsAge.require(age < 18, "the subject is " + age + ": an adult consents for themselves");
            } else {
                int from = terms.selfConsentFromAge();
                basisFitsAge.require(age >= from, "the subject is " + age + "; " + terms.agency()
                        + " takes a subject's own consent from " + from + ": record the guardians' consent");
                int then = PoliceTime.age(birthDate, consent.givenAt());
                basisFitsAge.require(then >= from, "the subject was " + then + " when they consented; "
                        + terms.agency() + " takes a subject's own consent from " + from + ": ask them again");
            }
            return;
        }
        Provision provision = terms.provision(basis).orElseThrow(() -> basisFitsAgency.violation(terms.agency()
                + " lists no " + basis.kind() + " " + basis.provision() + "; it lists " + ids(terms, basis.kind())));
        basisFitsAge.require(provision.appliesAt(age), provision.citation() + " covers ages " + provision.minAge()
                + " to " + provision.maxAge() + "; the subject is " + age);
    }

    /** Only consent, or a provision that covers them, lets the help needs, the message and the conversation go. */
    static void checkPurpose(MakeReferral command, AgencyTerms terms) {
        if (command.basis().kind() == BasisKind.CONSENT) {
            return;
        }
        Provision provision = terms.provision(command.basis()).orElseThrow();
        if (provision.coversHelpNeeds()) {
            return;
        }
        String only = provision.citation() + " lets only who the person is go to " + terms.agency() + ": ";
        purposeBinding.require(command.helpNeeds().isEmpty(), only + "remove the help needs");
        purposeBinding.require(!hasText(command.message()), only + "remove the message");
        purposeBinding.require(command.conversationId() == null, only + "name no conversation");
    }

    private static List<String> ids(AgencyTerms terms, BasisKind kind) {
        List<Provision> listed = kind == BasisKind.DUTY_TO_NOTIFY ? terms.duties() : terms.exceptions();
        return listed.stream().map(Provision::id).toList();
    }
}
