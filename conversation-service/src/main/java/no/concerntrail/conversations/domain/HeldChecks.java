package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.heldTimesConsistent;
import static no.concerntrail.conversations.domain.ConversationPolicies.measureNamesResponsible;
import static no.concerntrail.conversations.domain.ConversationPolicies.onlyMinorsMayBeSummoned;
import static no.concerntrail.conversations.domain.ConversationPolicies.outcomeFitsConcern;
import static no.concerntrail.conversations.domain.ConversationPolicies.outcomeNamesNewLevel;
import static no.concerntrail.conversations.domain.ConversationPolicies.requiredField;
import static no.concerntrail.conversations.domain.ConversationPolicies.rightsNoticeBeforeStart;
import static no.concerntrail.conversations.domain.ConversationPolicies.timesWithinRange;
import static no.concerntrail.conversations.domain.ConversationPolicies.trustedPersonNamesGuidingOfficer;
import static no.concerntrail.conversations.domain.ConversationPolicies.wayForwardHasFollowUpDate;
import static no.concerntrail.platform.rules.RequiredField.hasText;
import static no.concerntrail.platform.rules.RequiredField.required;
import static no.concerntrail.platform.rules.RequiredField.requiredText;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import no.concerntrail.conversations.domain.command.RecordConversationHeld;
import no.concerntrail.platform.police.PoliceTime;

/** The rules a conversation recorded as held must meet: who held it, the rights notice, the outcome, the way forward. */
final class HeldChecks {

    /** Tolerates a client's clock running a little ahead; a conversation further in the future has not been held. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private HeldChecks() {
    }

    /**
     * @param birthDate the subject's, as planned
     * @param ground    the summons ground, null when the subject was invited
     */
    static void check(RecordConversationHeld command, LocalDate birthDate, SummonsGround ground, Instant now) {
        requiredText(command.actor(), "actor");
        Instant started = required(command.startedAt(), "startedAt");
        Instant ended = required(command.endedAt(), "endedAt");
        timesWithinRange.require(!started.isBefore(PoliceTime.startOf(birthDate)),
                "startedAt " + started + " is before the subject's birth");
        heldTimesConsistent.require(!ended.isBefore(started), "it ended at " + ended + ", before it started at " + started);
        heldTimesConsistent.require(!ended.isAfter(now.plus(CLOCK_SKEW)), "it ends at " + ended + ", in the future");
        int ageAtStart = PoliceTime.age(birthDate, started);
        // judged again when it took place: a summons planned at 17 binds nobody once they are 18
        onlyMinorsMayBeSummoned.require(ground == null || ageAtStart < 18, "the subject was " + ageAtStart
                + " when it started: a summons binds only a minor; cancel it and record a voluntary conversation");
        // and so is its ground: one for under-15s binds nobody who has turned 15 (cancel it and summon anew)
        PlanningChecks.checkGroundFitsAge(ground, ageAtStart, "was", "when it started");
        checkHolder(command);
        checkRightsNotice(command, started, ageAtStart < 18);
        requiredField.require(!command.purposes().isEmpty(), "purposes needs at least one purpose");
        ConcernOutcome outcome = required(command.outcome(), "outcome");
        outcomeNamesNewLevel.require(outcome.changesLevel() == (command.newLevel() != null), outcome.changesLevel()
                ? outcome + " names the concern's new level (newLevel)"
                : "an UNCHANGED outcome names no new level");
        checkOutcomeAgainstConcern(outcome, command.newLevel(), command.concern());
        required(command.credibility(), "credibility");
        checkWayForward(command.wayForward(), PoliceTime.day(started));
    }

    /**
     * What case-service will do with the outcome, judged on what conversation-service last heard of the concern:
     * a change it would refuse is refused now. (The concern may still change in between; case-service then
     * records the refusal in the concern's history.)
     */
    private static void checkOutcomeAgainstConcern(ConcernOutcome outcome, ConcernLevel to, ConcernAsKnown concern) {
        if (!outcome.changesLevel() || concern == null) {
            return;
        }
        outcomeFitsConcern.require(concern.status() == KnownConcernStatus.OPEN,
                "the concern is " + concern.status() + ": only an adopted, open concern changes level");
        outcomeFitsConcern.require(concern.assigned(), "the concern has no case worker assigned yet: assign it first "
                + "(if it was assigned a moment ago, retry shortly)");
        if (concern.level() != null) {
            boolean fits = outcome == ConcernOutcome.LOWERED ? to.compareTo(concern.level()) < 0
                    : to.compareTo(concern.level()) > 0;
            outcomeFitsConcern.require(fits, "the concern is " + concern.level() + ": " + outcome + " to " + to
                    + " does not go " + (outcome == ConcernOutcome.LOWERED ? "lower" : "higher"));
        }
    }

    private static void checkHolder(RecordConversationHeld command) {
        HeldBy heldBy = required(command.heldBy(), "heldBy");
        required(heldBy.role(), "heldBy.role");
        requiredText(heldBy.name(), "heldBy.name");
        if (heldBy.role() == HostRole.TRUSTED_PERSON) {
            required(heldBy.trustedPersonRole(), "heldBy.trustedPersonRole");
            trustedPersonNamesGuidingOfficer.require(hasText(command.guidingOfficer()),
                    "a conversation held by a trusted person names the guiding officer (guidingOfficer)");
        } else {
            trustedPersonNamesGuidingOfficer.require(heldBy.trustedPersonRole() == null && !hasText(command.guidingOfficer()),
                    "a conversation held by a police officer names neither a trusted person's role nor a guiding officer");
        }
        command.guardiansPresent().forEach(name -> requiredText(name, "guardiansPresent[]"));
    }

    private static void checkRightsNotice(RecordConversationHeld command, Instant started, boolean minor) {
        RightsNotice notice = command.rightsNotice();
        rightsNoticeBeforeStart.require(notice != null && notice.givenAt() != null,
                "no rights notice is recorded: tell them they have no duty to explain themselves, before starting");
        rightsNoticeBeforeStart.require(!notice.givenAt().isAfter(started),
                "the rights notice was given at " + notice.givenAt() + ", after the start at " + started);
        rightsNoticeBeforeStart.require(notice.givenTo().contains(NoticeRecipient.SUBJECT),
                "the subject was not given the rights notice");
        if (minor && !command.guardiansPresent().isEmpty()) {
            rightsNoticeBeforeStart.require(notice.givenTo().contains(NoticeRecipient.GUARDIANS),
                    "the subject is a minor and guardians took part: they must be given the rights notice too");
        }
    }

    private static void checkWayForward(WayForward wayForward, LocalDate day) {
        for (Measure measure : wayForward.measures()) {
            measureNamesResponsible.require(hasText(measure.description()) && hasText(measure.responsible()),
                    "every measure says what it is (description) and who is responsible (responsible)");
        }
        LocalDate followUp = wayForward.followUpDate();
        if (!wayForward.measures().isEmpty()) {
            wayForwardHasFollowUpDate.require(followUp != null, "measures were agreed: say when they are followed up");
        }
        if (followUp != null) {
            wayForwardHasFollowUpDate.require(!followUp.isBefore(day),
                    "the follow-up date " + followUp + " is before the conversation on " + day);
            timesWithinRange.require(!followUp.isAfter(day.plusYears(2)),
                    "the follow-up date " + followUp + " is more than two years after the conversation");
        }
    }
}
