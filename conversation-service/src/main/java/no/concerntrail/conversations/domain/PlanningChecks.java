package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.concernMustBeKnown;
import static no.concerntrail.conversations.domain.ConversationPolicies.guardiansInvitedForMinor;
import static no.concerntrail.conversations.domain.ConversationPolicies.kindAllowsSummons;
import static no.concerntrail.conversations.domain.ConversationPolicies.kindFitsAge;
import static no.concerntrail.conversations.domain.ConversationPolicies.erasedConcernIsFinal;
import static no.concerntrail.conversations.domain.ConversationPolicies.noConversationForClosedConcern;
import static no.concerntrail.conversations.domain.ConversationPolicies.onlyMinorsMayBeSummoned;
import static no.concerntrail.conversations.domain.ConversationPolicies.summonsGroundFitsAge;
import static no.concerntrail.conversations.domain.ConversationPolicies.summonsNamesLegalGround;
import static no.concerntrail.conversations.domain.ConversationPolicies.timesWithinRange;
import static no.concerntrail.platform.rules.RequiredField.hasText;
import static no.concerntrail.platform.rules.RequiredField.required;
import static no.concerntrail.platform.rules.RequiredField.requiredText;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import no.concerntrail.conversations.domain.command.PlanConversation;
import no.concerntrail.platform.police.PoliceTime;

/**
 * The rules a new conversation must meet. The legal ones come before the kind's age range, so that
 * summoning an adult is always answered with {@code only-minors-may-be-summoned}.
 */
final class PlanningChecks {

    /** How far ahead a conversation or a follow-up may be planned. */
    static final Duration HORIZON = Duration.ofDays(2 * 366);

    private PlanningChecks() {
    }

    static void check(PlanConversation command, Instant now) {
        requiredText(command.actor(), "actor");
        required(command.conversationId(), "conversationId");
        required(command.concernId(), "concernId");
        ConcernAsKnown concern = command.concern();
        concernMustBeKnown.require(concern != null, "conversation-service knows no concern " + command.concernId()
                + "; if case-service received it a moment ago, retry shortly");
        erasedConcernIsFinal.require(concern.status() != KnownConcernStatus.ERASED,
                "the concern's personal data was erased");
        noConversationForClosedConcern.require(concern.status() != KnownConcernStatus.CLOSED,
                "the concern is closed; reopen it first");
        ConversationKind kind = required(command.kind(), "kind");
        required(command.plannedStart(), "plannedStart");
        requiredText(command.place(), "place");
        required(concern.subjectBirthDate(), "the concern's subject birth date");

        checkPlannedStart(command.plannedStart(), concern.subjectBirthDate(), now);
        int age = PoliceTime.age(concern.subjectBirthDate(), command.plannedStart());
        checkAttendance(kind, age, command.mandatory(), command.summonsGround());
        boolean minor = age < 18;

        command.guardians().forEach(guardian -> requiredText(guardian.name(), "guardians[].name"));
        if (minor) {
            guardiansInvitedForMinor.require(!command.guardians().isEmpty() || hasText(command.guardiansNotInvitedReason()),
                    "the subject is a minor: invite the guardians, or record why they are not invited");
        }
    }

    /** The ground is for the subject's age then; {@code is} and {@code when} say which moment, for the detail. */
    static void checkGroundFitsAge(SummonsGround ground, int age, String is, String when) {
        summonsGroundFitsAge.require(ground == null || ground.fits(age), ground + " is a ground for a person under "
                + (ground == null ? 0 : ground.under()) + "; the subject " + is + " " + age + " " + when);
    }

    /** Before the subject was born, or years ahead, a planned time is a typing error (and would break the age rules). */
    static void checkPlannedStart(Instant start, LocalDate birthDate, Instant now) {
        timesWithinRange.require(!start.isBefore(PoliceTime.startOf(birthDate))
                && !start.isAfter(now.plus(HORIZON)), "plannedStart " + start + " is before the subject's birth or more than "
                + "two years ahead");
    }

    /**
     * Who may be summoned to which kind, at the subject's age on the planned day: checked when a conversation is
     * planned and again when it moves, so a summons can never be moved past an 18th birthday.
     */
    static void checkAttendance(ConversationKind kind, int age, boolean mandatory, SummonsGround ground) {
        if (mandatory) {
            onlyMinorsMayBeSummoned.require(age < 18, "the subject will be " + age
                    + " at the planned time: an adult is invited, never summoned");
            kindAllowsSummons.require(kind.summonsAllowed(),
                    "a " + kind.name() + " conversation is voluntary; attendance cannot be required");
            summonsNamesLegalGround.require(ground != null, "a summons names its Police Act § 13 ground (summonsGround)");
            checkGroundFitsAge(ground, age, "will be", "at the planned time");
        } else {
            summonsNamesLegalGround.require(ground == null, "a voluntary invitation names no summons ground");
        }
        kindFitsAge.require(kind.allowsAge(age), "a " + kind.name() + " conversation is for ages " + kind.ages()
                + "; the subject will be " + age + " at the planned time");
    }
}
