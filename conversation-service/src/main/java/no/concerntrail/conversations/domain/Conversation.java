package no.concerntrail.conversations.domain;

import static no.concerntrail.conversations.domain.ConversationPolicies.cancelNeedsReason;
import static no.concerntrail.conversations.domain.ConversationPolicies.erasedConcernIsFinal;
import static no.concerntrail.conversations.domain.ConversationPolicies.guardiansInvitedForMinor;
import static no.concerntrail.conversations.domain.ConversationPolicies.noConversationForClosedConcern;
import static no.concerntrail.conversations.domain.ConversationPolicies.onlyPlannedConversationConcludes;
import static no.concerntrail.conversations.domain.ConversationPolicies.onlyPlannedConversationIsRescheduled;
import static no.concerntrail.conversations.domain.ConversationPolicies.summonsCannotBeDeclined;
import static no.concerntrail.platform.police.PoliceTime.age;
import static no.concerntrail.platform.police.PoliceTime.now;
import static no.concerntrail.platform.rules.RequiredField.blankToNull;
import static no.concerntrail.platform.rules.RequiredField.hasText;
import static no.concerntrail.platform.rules.RequiredField.required;
import static no.concerntrail.platform.rules.RequiredField.requiredText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.conversations.domain.command.CancelConversation;
import no.concerntrail.conversations.domain.command.EraseConversation;
import no.concerntrail.conversations.domain.command.PlanConversation;
import no.concerntrail.conversations.domain.command.RecordConversationDeclined;
import no.concerntrail.conversations.domain.command.RecordConversationHeld;
import no.concerntrail.conversations.domain.command.RecordNoShow;
import no.concerntrail.conversations.domain.command.RescheduleConversation;
import no.concerntrail.conversations.domain.event.ConversationCancelled;
import no.concerntrail.conversations.domain.event.ConversationDeclined;
import no.concerntrail.conversations.domain.event.ConversationErased;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationNoShow;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import no.concerntrail.conversations.domain.event.ConversationRescheduled;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * One conversation about a concern, from planning (and perhaps moving it) to its one conclusion: held,
 * declined, cancelled or a no-show. Command handlers decide (the checks live in {@link PlanningChecks} and {@link HeldChecks}, the
 * rules in {@link ConversationPolicies}), then apply an event; event sourcing handlers only evolve the state.
 */
/*
 * Revision 3: the state keeps the summons ground itself (its age is judged when the conversation moves or is held);
 * revision 4 whether its concern was erased; older snapshots are replayed instead. The birth date is sealed in the
 * snapshot as in the events.
 */
@Revision("4")
public class Conversation {

    @AggregateIdentifier
    private UUID conversationId;
    @DataSubject
    private UUID concernId;
    private ConversationKind kind;
    @PersonalData
    private LocalDate subjectBirthDate;
    private boolean mandatory;
    private SummonsGround summonsGround;
    private boolean guardiansInvitedOrExcused;
    private ConversationStatus status;
    /** Its concern was erased: it takes no command any more (and its birth date reads as null). */
    private boolean erased;

    /** For Axon, which rebuilds the conversation from its events. */
    protected Conversation() {
    }

    @CommandHandler
    public Conversation(PlanConversation command) {
        PlanningChecks.check(command, now());
        apply(new ConversationPlanned(command.conversationId(), command.concernId(), command.kind(),
                command.concern().subjectBirthDate(), command.plannedStart(), command.place(), command.guardians(),
                blankToNull(command.guardiansNotInvitedReason()), command.mandatory(), command.summonsGround(),
                command.actor(), now()));
    }

    @CommandHandler
    public void handle(RescheduleConversation command) {
        requireNotErased();
        onlyPlannedConversationIsRescheduled.require(status == ConversationStatus.PLANNED,
                "the conversation is " + status + " and cannot move now");
        noConversationForClosedConcern.require(command.concernStatus() != KnownConcernStatus.CLOSED,
                "the concern is closed; reopen it first");
        requiredText(command.actor(), "actor");
        Instant start = required(command.plannedStart(), "plannedStart");
        requiredText(command.place(), "place");
        PlanningChecks.checkPlannedStart(start, subjectBirthDate, now());
        int age = age(subjectBirthDate, start);
        PlanningChecks.checkAttendance(kind, age, mandatory, summonsGround);
        guardiansInvitedForMinor.require(age >= 18 || guardiansInvitedOrExcused,
                "the subject would be a minor at the new time, and no guardians were invited: plan it anew");
        apply(new ConversationRescheduled(conversationId, concernId, start, command.place(), command.actor(), now()));
    }

    @CommandHandler
    public void handle(RecordConversationHeld command) {
        requireNotErased();
        requirePlanned("held");
        HeldChecks.check(command, subjectBirthDate, summonsGround, now());
        apply(new ConversationHeld(conversationId, concernId, kind.name(), command.startedAt(), command.endedAt(),
                command.heldBy(), blankToNull(command.guidingOfficer()), command.guardiansPresent(), command.rightsNotice(), command.purposes(), command.outcome(),
                command.newLevel(), command.credibility(),
                command.helpNeeds(), command.factors(), command.wayForward(), blankToNull(command.note()),
                command.actor(), now()));
    }

    @CommandHandler
    public void handle(RecordConversationDeclined command) {
        requireNotErased();
        requirePlanned("declined");
        summonsCannotBeDeclined.require(!mandatory,
                "the subject was summoned (Police Act § 13); record a no-show if nobody came");
        requiredText(command.actor(), "actor");
        apply(new ConversationDeclined(conversationId, concernId, blankToNull(command.reason()), command.actor(), now()));
    }

    @CommandHandler
    public void handle(CancelConversation command) {
        requireNotErased();
        requirePlanned("cancelled");
        requiredText(command.actor(), "actor");
        cancelNeedsReason.require(hasText(command.reason()), "cancelling needs a reason");
        apply(new ConversationCancelled(conversationId, concernId, command.reason(), command.actor(), now()));
    }

    @CommandHandler
    public void handle(RecordNoShow command) {
        requireNotErased();
        requirePlanned("recorded as a no-show");
        requiredText(command.actor(), "actor");
        apply(new ConversationNoShow(conversationId, concernId, mandatory, blankToNull(command.note()),
                command.actor(), now()));
    }

    /** Once: a redelivered erasure of the concern finds it erased already, and changes nothing. */
    @CommandHandler
    public void handle(EraseConversation command) {
        if (!erased) {
            apply(new ConversationErased(conversationId, concernId, command.actor(), now()));
        }
    }

    private void requireNotErased() {
        erasedConcernIsFinal.require(!erased, "the concern's personal data was erased");
    }

    private void requirePlanned(String action) {
        onlyPlannedConversationConcludes.require(status == ConversationStatus.PLANNED,
                "the conversation is " + status + " and cannot be " + action + " now");
    }

    @EventSourcingHandler
    void on(ConversationPlanned event) {
        conversationId = event.conversationId();
        concernId = event.concernId();
        kind = event.kind();
        subjectBirthDate = event.subjectBirthDate();
        mandatory = event.mandatory();
        summonsGround = event.summonsGround();
        // both null once the concern was erased, when nothing is decided any more
        guardiansInvitedOrExcused = event.guardians() != null && !event.guardians().isEmpty()
                || event.guardiansNotInvitedReason() != null;
        status = ConversationStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(ConversationHeld event) {
        status = ConversationStatus.HELD;
    }

    @EventSourcingHandler
    void on(ConversationDeclined event) {
        status = ConversationStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(ConversationCancelled event) {
        status = ConversationStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ConversationErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(ConversationNoShow event) {
        status = ConversationStatus.NO_SHOW;
    }

    // Read access for tests in this package; the read side has its own projections.

    ConversationStatus status() {
        return status;
    }

    boolean mandatory() {
        return mandatory;
    }
}
