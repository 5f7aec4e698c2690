package no.concerntrail.referrals.domain;

import static no.concerntrail.platform.rules.NamedRule.conflict;
import static no.concerntrail.platform.rules.NamedRule.unprocessable;

import no.concerntrail.platform.rules.NamedRule;
import no.concerntrail.platform.rules.RequiredField;
import no.concerntrail.platform.rules.RuleBook;

/**
 * Every rule of referral work, named in one place (DOMAIN.md has the law behind them). The aggregate checks the
 * referral's (or the concern's) state first, then the request itself, then the request against the facts.
 */
public final class ReferralPolicies {

    // --- the request itself (422) ---

    public static final NamedRule requiredField = RequiredField.RULE;

    public static final NamedRule concernMustBeKnown = unprocessable("concern-must-be-known",
            "A referral belongs to a concern case-service has published; an unknown concern has none.");

    public static final NamedRule agencyFromConfiguredList = unprocessable("agency-from-configured-list",
            "A referral goes to a partner agency in the configuration, whose terms say what it may be given.");

    public static final NamedRule referralNeedsLegalBasis = unprocessable("referral-needs-legal-basis",
            "Without a legal basis nothing is shared: consent, a duty to notify or another exception to "
                    + "confidentiality, and for a duty or an exception the provision it rests on.");

    public static final NamedRule consentIsRecorded = unprocessable("consent-is-recorded",
            "Consent records who gave it (for guardians, their names), when (not in the future, not before the "
                    + "subject's birth) and how.");

    public static final NamedRule basisFitsAgency = unprocessable("basis-fits-agency",
            "A duty or an exception is one the agency's configuration lists for that kind of basis.");

    public static final NamedRule basisFitsAge = unprocessable("basis-fits-age",
            "The basis fits the subject's age: the subject consents alone only from the agency's age of consent "
                    + "(at the consent and at the referral), guardians only for a person under 18, and a provision "
                    + "only for the ages it covers.");

    public static final NamedRule subjectConfirmed = unprocessable("subject-confirmed",
            "The officer confirms who is referred: the birth date entered is the one the concern knows.");

    public static final NamedRule guardiansContactForMinor = unprocessable("guardians-contact-for-minor",
            "A person under 18 is referred with at least one guardian the partner can reach.");

    public static final NamedRule guardiansOnlyForMinor = unprocessable("guardians-only-for-minor",
            "An adult is referred without guardians: nobody else's details go to the partner.");

    public static final NamedRule subjectReachable = unprocessable("subject-reachable",
            "An adult is referred with a way to reach them; a minor is reached through the guardians.");

    public static final NamedRule contactNeedsAWay = unprocessable("contact-needs-a-way",
            "Contact details that are given hold a phone, an e-mail or an address; the police contact a phone or "
                    + "an e-mail.");

    public static final NamedRule purposeBinding = unprocessable("purpose-binding",
            "Help needs, the message and the conversation go to the partner only under consent or under a provision "
                    + "that covers them; otherwise only who the person is goes.");

    public static final NamedRule helpNeedsWithoutRepeats = unprocessable("help-needs-without-repeats",
            "Each help need is named once.");

    public static final NamedRule declineNeedsReason = unprocessable("decline-needs-reason",
            "A partner that declines a referral says why.");

    public static final NamedRule withdrawNeedsReason = unprocessable("withdraw-needs-reason",
            "The police say why they withdraw a referral.");

    public static final NamedRule notifiedAtInThePast = unprocessable("notified-at-in-the-past",
            "The subject was told at a time already past, and not before the referral was made.");

    public static final NamedRule deferralNeedsReasonAndEnd = unprocessable("deferral-needs-reason-and-end",
            "Telling the subject is put off only with a reason and until a day after today, at most a year ahead.");

    // --- the state or the facts (409) ---

    public static final NamedRule referralNeedsAdoptedConcern = conflict("referral-needs-adopted-concern",
            "Only a concern adopted at triage is referred to a partner.");

    public static final NamedRule erasedConcernIsFinal = conflict("erased-concern-is-final",
            "Nothing more is referred or recorded about a concern whose personal data case-service erased.");

    public static final NamedRule noReferralOnClosedConcern = conflict("no-referral-on-closed-concern",
            "No referral is made on a closed concern; reopen it first.");

    public static final NamedRule answerInOrder = conflict("answer-in-order",
            "A partner acknowledges a referral once, when it is new, and accepts or declines it once, before "
                    + "taking it on.");

    public static final NamedRule withdrawnOrDeclinedCannotBeAccepted = conflict(
            "withdrawn-or-declined-cannot-be-accepted",
            "A referral the police withdrew or the partner declined cannot be accepted; a new referral is made.");

    public static final NamedRule completedOnlyAfterAccepted = conflict("completed-only-after-accepted",
            "A partner completes only a referral it accepted.");

    public static final NamedRule finalReferralDoesNotChange = conflict("final-referral-does-not-change",
            "A declined, withdrawn or completed referral does not change, except for telling the subject.");

    public static final NamedRule alreadyNotified = conflict("already-notified",
            "Once the subject has been told, telling is neither recorded again nor put off.");

    /** Every rule of the domain, in one place. */
    public static final RuleBook RULES = RuleBook.of(
            requiredField,
            concernMustBeKnown,
            erasedConcernIsFinal,
            agencyFromConfiguredList,
            referralNeedsLegalBasis,
            consentIsRecorded,
            basisFitsAgency,
            basisFitsAge,
            subjectConfirmed,
            guardiansContactForMinor,
            guardiansOnlyForMinor,
            subjectReachable,
            contactNeedsAWay,
            purposeBinding,
            helpNeedsWithoutRepeats,
            declineNeedsReason,
            withdrawNeedsReason,
            notifiedAtInThePast,
            deferralNeedsReasonAndEnd,
            referralNeedsAdoptedConcern,
            noReferralOnClosedConcern,
            answerInOrder,
            withdrawnOrDeclinedCannotBeAccepted,
            completedOnlyAfterAccepted,
            finalReferralDoesNotChange,
            alreadyNotified);

    private ReferralPolicies() {
    }
}
