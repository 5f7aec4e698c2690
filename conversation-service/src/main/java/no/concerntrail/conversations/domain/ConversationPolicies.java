package no.concerntrail.conversations.domain;

import static no.concerntrail.platform.rules.NamedRule.conflict;
import static no.concerntrail.platform.rules.NamedRule.unprocessable;

import no.concerntrail.platform.rules.NamedRule;
import no.concerntrail.platform.rules.RequiredField;
import no.concerntrail.platform.rules.RuleBook;

/**
 * Every rule of conversation work, named in one place (DOMAIN.md has the law behind them). The aggregate
 * checks the conversation's state first, then the request itself, then the request against the facts.
 */
public final class ConversationPolicies {

    // --- the request itself (422) ---

    public static final NamedRule requiredField = RequiredField.RULE;

    public static final NamedRule kindFromConfiguredList = unprocessable("kind-from-configured-list",
            "A conversation's kind is one of the national kinds or a district template in the configuration.");

    public static final NamedRule factorsFromConfiguredList = unprocessable("factors-from-configured-list",
            "Risk and protective factors are codes from the configured list, never free text.");

    public static final NamedRule concernMustBeKnown = unprocessable("concern-must-be-known",
            "A conversation belongs to a concern case-service has published; an unknown concern has none.");

    public static final NamedRule kindFitsAge = unprocessable("kind-fits-age",
            "The subject's age at the planned time is one the kind is for: a concern conversation is for a "
                    + "person under 18, a clarification conversation for an adult.");

    public static final NamedRule onlyMinorsMayBeSummoned = unprocessable("only-minors-may-be-summoned",
            "Only a person under 18 at the planned time may be required to attend (Police Act § 13); "
                    + "an adult's conversation is always voluntary.");

    public static final NamedRule kindAllowsSummons = unprocessable("kind-allows-summons",
            "Attendance is required only for a kind of conversation that allows it.");

    public static final NamedRule summonsNamesLegalGround = unprocessable("summons-names-legal-ground",
            "A summons names its Police Act § 13 ground; a voluntary invitation names none.");

    public static final NamedRule summonsGroundFitsAge = unprocessable("summons-ground-fits-age",
            "A summons's ground is one for the subject's age at the time (Police Act § 13): an otherwise punishable act "
                    + "is a ground for a person under 15; from 15 to 17 the ground is a punishable act.");

    public static final NamedRule guardiansInvitedForMinor = unprocessable("guardians-invited-for-minor",
            "A minor's conversation invites the guardians, unless the reason they are not invited is recorded.");

    public static final NamedRule rightsNoticeBeforeStart = unprocessable("rights-notice-before-start",
            "A conversation is recorded as held only if the subject (and the guardians present, for a minor) "
                    + "were told before it started that they have no duty to explain themselves.");

    public static final NamedRule trustedPersonNamesGuidingOfficer = unprocessable(
            "trusted-person-names-guiding-officer",
            "A conversation held by a trusted person names the police officer who guided it; "
                    + "one held by an officer names what the holder is only for a trusted person.");

    public static final NamedRule timesWithinRange = unprocessable("times-within-range",
            "A conversation's times lie after the subject's birth and at most two years ahead, and a follow-up at most "
                    + "two years after the conversation: anything else is a typing error.");

    public static final NamedRule heldTimesConsistent = unprocessable("held-times-consistent",
            "A held conversation ended after it started, and not in the future (a minute of clock skew aside).");

    public static final NamedRule outcomeNamesNewLevel = unprocessable("outcome-names-new-level",
            "A LOWERED or RAISED outcome names the concern's new level; UNCHANGED names none.");

    public static final NamedRule measureNamesResponsible = unprocessable("measure-names-responsible",
            "Every agreed measure says what it is and who is responsible for it.");

    public static final NamedRule wayForwardHasFollowUpDate = unprocessable("way-forward-has-follow-up-date",
            "Agreed measures have a follow-up date, on or after the day of the conversation.");

    public static final NamedRule cancelNeedsReason = unprocessable("cancel-needs-reason",
            "Cancelling a conversation says why.");

    // --- the state (409) ---

    public static final NamedRule erasedConcernIsFinal = conflict("erased-concern-is-final",
            "Nothing more is planned or recorded about a concern whose personal data case-service erased.");

    public static final NamedRule noConversationForClosedConcern = conflict("no-conversation-for-closed-concern",
            "No conversation is planned for a closed concern; reopen it first.");

    public static final NamedRule onlyPlannedConversationConcludes = conflict("only-planned-conversation-concludes",
            "A conversation is held, declined, cancelled or missed once, from PLANNED.");

    public static final NamedRule outcomeFitsConcern = conflict("outcome-fits-concern",
            "A LOWERED or RAISED outcome needs a concern that is adopted (OPEN) and assigned, and a new level below "
                    + "(LOWERED) or above (RAISED) its current one: case-service would refuse anything else.");

    public static final NamedRule onlyPlannedConversationIsRescheduled = conflict(
            "only-planned-conversation-is-rescheduled",
            "Only a conversation still PLANNED moves to another time or place.");

    public static final NamedRule summonsCannotBeDeclined = conflict("summons-cannot-be-declined",
            "Only a voluntary conversation can be declined; a summoned minor who stays away is a no-show.");

    /** Every rule of the domain, in one place. */
    public static final RuleBook RULES = RuleBook.of(
            requiredField,
            kindFromConfiguredList,
            factorsFromConfiguredList,
            concernMustBeKnown,
            kindFitsAge,
            onlyMinorsMayBeSummoned,
            kindAllowsSummons,
            summonsNamesLegalGround,
            summonsGroundFitsAge,
            guardiansInvitedForMinor,
            rightsNoticeBeforeStart,
            trustedPersonNamesGuidingOfficer,
            timesWithinRange,
            heldTimesConsistent,
            outcomeNamesNewLevel,
            measureNamesResponsible,
            wayForwardHasFollowUpDate,
            cancelNeedsReason,
            erasedConcernIsFinal,
            noConversationForClosedConcern,
            onlyPlannedConversationConcludes,
            onlyPlannedConversationIsRescheduled,
            outcomeFitsConcern,
            summonsCannotBeDeclined);

    private ConversationPolicies() {
    }
}
