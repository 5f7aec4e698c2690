package no.concerntrail.referrals.domain;

import static no.concerntrail.platform.rules.RequiredField.hasText;
import static no.concerntrail.platform.rules.RequiredField.required;
import static no.concerntrail.platform.rules.RequiredField.requiredText;
import static no.concerntrail.referrals.domain.ReferralPolicies.agencyFromConfiguredList;
import static no.concerntrail.referrals.domain.ReferralPolicies.concernMustBeKnown;
import static no.concerntrail.referrals.domain.ReferralPolicies.contactNeedsAWay;
import static no.concerntrail.referrals.domain.ReferralPolicies.guardiansContactForMinor;
import static no.concerntrail.referrals.domain.ReferralPolicies.guardiansOnlyForMinor;
import static no.concerntrail.referrals.domain.ReferralPolicies.helpNeedsWithoutRepeats;
import static no.concerntrail.referrals.domain.ReferralPolicies.erasedConcernIsFinal;
import static no.concerntrail.referrals.domain.ReferralPolicies.noReferralOnClosedConcern;
import static no.concerntrail.referrals.domain.ReferralPolicies.referralNeedsAdoptedConcern;
import static no.concerntrail.referrals.domain.ReferralPolicies.subjectConfirmed;
import static no.concerntrail.referrals.domain.ReferralPolicies.subjectReachable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.referrals.domain.command.MakeReferral;

/**
 * The rules a new referral must meet: the concern, who is referred and how the partner reaches them, the police
 * contact and the help needs. The legal basis has its own: {@link BasisChecks}.
 */
final class MakingChecks {

    private MakingChecks() {
    }

    static void check(MakeReferral command, Instant now) {
        requiredText(command.actor(), "actor");
        required(command.referralId(), "referralId");
        required(command.concernId(), "concernId");
        ConcernAsKnown concern = checkConcern(command);

        String agency = requiredText(command.agency(), "agency");
        AgencyTerms terms = command.terms();
        agencyFromConfiguredList.require(terms != null && agency.equals(terms.agency()),
                "no partner agency " + agency + " is configured");
        LegalBasis basis = BasisChecks.checkKind(command.basis());
        SubjectDetails subject = checkSubject(command.subject());
        checkPoliceContact(command.policeContact());
        checkHelpNeeds(command.helpNeeds());
        BasisChecks.checkRecord(basis, subject.birthDate(), now);

        LocalDate birthDate = required(concern.subjectBirthDate(), "the concern's subject birth date");
        subjectConfirmed.require(birthDate.equals(subject.birthDate()),
                "the birth date entered is not the one the concern knows: check who is being referred");
        int age = PoliceTime.age(birthDate, now);
        BasisChecks.checkAgainstTerms(basis, terms, birthDate, age);
        checkGuardians(subject, age);
        BasisChecks.checkPurpose(command, terms);
    }

    private static ConcernAsKnown checkConcern(MakeReferral command) {
        ConcernAsKnown concern = command.concern();
        concernMustBeKnown.require(concern != null, "referral-service knows no concern " + command.concernId()
                + "; if case-service received it a moment ago, retry shortly");
        erasedConcernIsFinal.require(!concern.erased(), "the concern's personal data was erased");
        noReferralOnClosedConcern.require(!concern.closed(), "the concern is closed; reopen it first");
        referralNeedsAdoptedConcern.require(concern.adopted(),
                "the concern has not been adopted at triage yet; if it was a moment ago, retry shortly");
        return concern;
    }

    private static SubjectDetails checkSubject(SubjectDetails subject) {
        required(subject, "subject");
        requiredText(subject.name(), "subject.name");
        required(subject.birthDate(), "subject.birthDate");
        checkWay(subject.contact(), "subject.contact");
        for (GuardianContact guardian : subject.guardians()) {
            requiredText(guardian.name(), "subject.guardians[].name");
            checkWay(guardian.contact(), "subject.guardians[].contact");
        }
        return subject;
    }

    /** Contact details are optional where they are given, but never an empty shell the partner cannot use. */
    private static void checkWay(ContactDetails contact, String field) {
        if (contact != null) {
            contactNeedsAWay.require(hasText(contact.phone()) || hasText(contact.email()) || hasText(contact.address()),
                    field + " has neither a phone, an e-mail nor an address");
        }
    }

    private static void checkPoliceContact(PoliceContact contact) {
        required(contact, "policeContact");
        requiredText(contact.name(), "policeContact.name");
        contactNeedsAWay.require(hasText(contact.phone()) || hasText(contact.email()),
                "policeContact has neither a phone nor an e-mail: the partner must be able to reach the officer");
    }

    private static void checkHelpNeeds(List<HelpNeed> helpNeeds) {
        Set<HelpNeed> seen = EnumSet.noneOf(HelpNeed.class);
        for (HelpNeed need : helpNeeds) {
            required(need, "helpNeeds[]");
            helpNeedsWithoutRepeats.require(seen.add(need), need + " is named twice in helpNeeds");
        }
    }

    private static void checkGuardians(SubjectDetails subject, int age) {
        if (age < 18) {
            boolean reachable = subject.guardians().stream().anyMatch(guardian -> guardian.contact() != null);
            guardiansContactForMinor.require(reachable, "the subject is " + age + ": name at least one guardian with a phone, an e-mail or an address");
        } else {
            guardiansOnlyForMinor.require(subject.guardians().isEmpty(),
                    "the subject is " + age + ": an adult is referred without guardians");
            subjectReachable.require(subject.contact() != null,
                    "the subject is " + age + ": give the partner a way to reach them (subject.contact)");
        }
    }
}
