package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicy.conflict;
import static no.concerntrail.cases.domain.ConcernPolicy.unprocessable;

import java.util.List;
import java.util.Optional;

/**
 * Every rule the {@link Concern} aggregate enforces, named in one place. The aggregate checks a closed
 * concern first (so it always reports {@code closed-can-only-be-reopened}), then the concern's status,
 * then the request itself, then the request against the concern's state.
 */
public final class ConcernPolicies {

    // --- the request itself (422) ---

    public static final ConcernPolicy requiredField = unprocessable("required-field",
            "A field the command needs is missing or blank; the detail names it.");

    public static final ConcernPolicy anonymousReportHasNoReporter = unprocessable("anonymous-report-has-no-reporter",
            "An anonymous report carries no reporter identity.");

    public static final ConcernPolicy nationalIdCheckDigits = unprocessable("national-id-check-digits",
            "A national identity number, when given, has 11 digits and valid check digits.");

    public static final ConcernPolicy nationalIdMatchesBirthDate = unprocessable("national-id-matches-birth-date",
            "The birth date encoded in the national identity number is the subject's birth date.");

    public static final ConcernPolicy birthDateNotInFuture = unprocessable("birth-date-not-in-future",
            "The subject's birth date is not after today (Norwegian time).");

    public static final ConcernPolicy triageClosureNeedsReason = unprocessable("triage-closure-needs-reason",
            "A triage outcome that closes the concern (all but ADOPTED) says why.");

    public static final ConcernPolicy signpostingNamesAgency = unprocessable("signposting-names-agency",
            "A SIGNPOSTED outcome names the agency signposted to, and only SIGNPOSTED names one.");

    public static final ConcernPolicy closeNeedsReason = unprocessable("close-needs-reason",
            "Closing a concern says why.");

    public static final ConcernPolicy reopenNeedsReason = unprocessable("reopen-needs-reason",
            "Reopening a concern says why (usually the new information).");

    public static final ConcernPolicy levelChangeNeedsReason = unprocessable("level-change-needs-reason",
            "Raising or lowering a concern says why, unless a conversation caused it.");

    // --- the concern's state (409) ---

    public static final ConcernPolicy closedCanOnlyBeReopened = conflict("closed-can-only-be-reopened",
            "A closed concern accepts nothing but reopening.");

    public static final ConcernPolicy triageOnlyNewConcern = conflict("triage-only-new-concern",
            "Only a concern awaiting triage (RECEIVED) is triaged.");

    public static final ConcernPolicy adoptedBeforeWork = conflict("adopted-before-work",
            "Assigning, raising, lowering and closing need a concern adopted at triage (OPEN); "
                    + "a new concern is closed by triage, not by close.");

    public static final ConcernPolicy reopenOnlyClosed = conflict("reopen-only-closed",
            "Only a closed concern is reopened.");

    public static final ConcernPolicy onlyAssignedConcernChangesLevel = conflict("only-assigned-concern-changes-level",
            "A concern's level changes only once a case worker is assigned to it.");

    public static final ConcernPolicy raiseMustGoHigher = conflict("raise-must-go-higher",
            "Raising goes to a level higher than the current one.");

    public static final ConcernPolicy lowerMustGoLower = conflict("lower-must-go-lower",
            "Lowering goes to a level lower than the current one.");

    public static final ConcernPolicy assignmentMustChange = conflict("assignment-must-change",
            "Assigning names someone other than the current assignee.");

    private static final List<ConcernPolicy> ALL = List.of(
            requiredField,
            anonymousReportHasNoReporter,
            nationalIdCheckDigits,
            nationalIdMatchesBirthDate,
            birthDateNotInFuture,
            triageClosureNeedsReason,
            signpostingNamesAgency,
            closeNeedsReason,
            reopenNeedsReason,
            levelChangeNeedsReason,
            closedCanOnlyBeReopened,
            triageOnlyNewConcern,
            adoptedBeforeWork,
            reopenOnlyClosed,
            onlyAssignedConcernChangesLevel,
            raiseMustGoHigher,
            lowerMustGoLower,
            assignmentMustChange);

    private ConcernPolicies() {
    }

    public static List<ConcernPolicy> all() {
        return ALL;
    }

    public static Optional<ConcernPolicy> named(String name) {
        return ALL.stream().filter(policy -> policy.name().equals(name)).findFirst();
    }

    static <T> T required(T value, String field) {
        requiredField.require(value != null, field + " is required");
        return value;
    }

    static String requiredText(String value, String field) {
        requiredField.require(hasText(value), field + " is required and must not be blank");
        return value;
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
