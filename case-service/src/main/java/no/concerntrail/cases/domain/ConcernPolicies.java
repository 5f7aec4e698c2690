package no.concerntrail.cases.domain;

import static no.concerntrail.platform.rules.NamedRule.conflict;
import static no.concerntrail.platform.rules.NamedRule.unprocessable;

import no.concerntrail.platform.rules.NamedRule;
import no.concerntrail.platform.rules.RequiredField;
import no.concerntrail.platform.rules.RuleBook;

/**
 * Every rule the {@link Concern} aggregate enforces, named in one place. The aggregate checks an erased concern
 * first, then a closed one (so it always reports {@code closed-can-only-be-reopened}), then the concern's status,
 * then the request itself, then the request against the concern's state.
 */
public final class ConcernPolicies {

    // --- the request itself (422) ---

    public static final NamedRule requiredField = RequiredField.RULE;

    public static final NamedRule anonymousReportHasNoReporter = unprocessable("anonymous-report-has-no-reporter",
            "An anonymous report carries no reporter identity.");

    public static final NamedRule nationalIdCheckDigits = unprocessable("national-id-check-digits",
            "A national identity number, when given, has 11 digits and valid check digits.");

    public static final NamedRule nationalIdMatchesBirthDate = unprocessable("national-id-matches-birth-date",
            "The birth date encoded in the national identity number is the subject's birth date.");

    public static final NamedRule birthDateNotInFuture = unprocessable("birth-date-not-in-future",
            "The subject's birth date is not after today (Norwegian time).");

    public static final NamedRule birthDatePlausible = unprocessable("birth-date-plausible",
            "The subject's birth date is not before 1 January 1900: an earlier one (or a year before 0) is a typing "
                    + "error.");

    public static final NamedRule triageClosureNeedsReason = unprocessable("triage-closure-needs-reason",
            "A triage outcome that closes the concern (all but ADOPTED) says why.");

    public static final NamedRule signpostingNamesAgency = unprocessable("signposting-names-agency",
            "A SIGNPOSTED outcome names the agency signposted to, and only SIGNPOSTED names one.");

    public static final NamedRule closeNeedsReason = unprocessable("close-needs-reason",
            "Closing a concern says why.");

    public static final NamedRule reopenNeedsReason = unprocessable("reopen-needs-reason",
            "Reopening a concern says why (usually the new information).");

    public static final NamedRule levelChangeNeedsReason = unprocessable("level-change-needs-reason",
            "Raising or lowering a concern says why, unless a conversation caused it.");

    public static final NamedRule transferNeedsReason = unprocessable("transfer-needs-reason",
            "Handing a concern to another police district says why.");

    // --- the concern's state (409) ---

    public static final NamedRule erasedConcernIsFinal = conflict("erased-concern-is-final",
            "An erased concern accepts nothing more: its personal data is gone, and erasing it again has nothing left to "
                    + "erase.");

    public static final NamedRule closedCanOnlyBeReopened = conflict("closed-can-only-be-reopened",
            "A closed concern accepts nothing but reopening.");

    public static final NamedRule triageOnlyNewConcern = conflict("triage-only-new-concern",
            "Only a concern awaiting triage (RECEIVED) is triaged.");

    public static final NamedRule adoptedBeforeWork = conflict("adopted-before-work",
            "Assigning, raising, lowering and closing need a concern adopted at triage (OPEN); "
                    + "a new concern is closed by triage, not by close.");

    public static final NamedRule reopenOnlyClosed = conflict("reopen-only-closed",
            "Only a closed concern is reopened.");

    public static final NamedRule onlyAssignedConcernChangesLevel = conflict("only-assigned-concern-changes-level",
            "A concern's level changes only once a case worker is assigned to it.");

    public static final NamedRule raiseMustGoHigher = conflict("raise-must-go-higher",
            "Raising goes to a level higher than the current one.");

    public static final NamedRule lowerMustGoLower = conflict("lower-must-go-lower",
            "Lowering goes to a level lower than the current one.");

    public static final NamedRule assignmentMustChange = conflict("assignment-must-change",
            "Assigning names someone other than the current assignee.");

    public static final NamedRule transferMustChangeDistrict = conflict("transfer-must-change-district",
            "A transfer names a police district other than the concern's.");

    /** Every rule of the domain, in one place. */
    public static final RuleBook RULES = RuleBook.of(
            requiredField,
            anonymousReportHasNoReporter,
            nationalIdCheckDigits,
            nationalIdMatchesBirthDate,
            birthDateNotInFuture,
            birthDatePlausible,
            triageClosureNeedsReason,
            signpostingNamesAgency,
            closeNeedsReason,
            reopenNeedsReason,
            levelChangeNeedsReason,
            transferNeedsReason,
            erasedConcernIsFinal,
            closedCanOnlyBeReopened,
            triageOnlyNewConcern,
            adoptedBeforeWork,
            reopenOnlyClosed,
            onlyAssignedConcernChangesLevel,
            raiseMustGoHigher,
            lowerMustGoLower,
            assignmentMustChange,
            transferMustChangeDistrict);

    private ConcernPolicies() {
    }
}
