package no.concerntrail.referrals.domain;

import static no.concerntrail.platform.police.PoliceTime.now;
import static no.concerntrail.platform.rules.RequiredField.blankToNull;
import static no.concerntrail.platform.rules.RequiredField.hasText;
import static no.concerntrail.platform.rules.RequiredField.required;
import static no.concerntrail.platform.rules.RequiredField.requiredText;
import static no.concerntrail.referrals.domain.ReferralPolicies.alreadyNotified;
import static no.concerntrail.referrals.domain.ReferralPolicies.answerInOrder;
import static no.concerntrail.referrals.domain.ReferralPolicies.completedOnlyAfterAccepted;
import static no.concerntrail.referrals.domain.ReferralPolicies.declineNeedsReason;
import static no.concerntrail.referrals.domain.ReferralPolicies.deferralNeedsReasonAndEnd;
import static no.concerntrail.referrals.domain.ReferralPolicies.erasedConcernIsFinal;
import static no.concerntrail.referrals.domain.ReferralPolicies.finalReferralDoesNotChange;
import static no.concerntrail.referrals.domain.ReferralPolicies.notifiedAtInThePast;
import static no.concerntrail.referrals.domain.ReferralPolicies.withdrawNeedsReason;
import static no.concerntrail.referrals.domain.ReferralPolicies.withdrawnOrDeclinedCannotBeAccepted;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.referrals.domain.command.AcceptReferral;
import no.concerntrail.referrals.domain.command.AcknowledgeReferral;
import no.concerntrail.referrals.domain.command.CompleteReferral;
import no.concerntrail.referrals.domain.command.DeclineReferral;
import no.concerntrail.referrals.domain.command.DeferNotification;
import no.concerntrail.referrals.domain.command.EraseReferral;
import no.concerntrail.referrals.domain.command.MakeReferral;
import no.concerntrail.referrals.domain.command.RecordSubjectNotified;
import no.concerntrail.referrals.domain.command.WithdrawReferral;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralErased;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.domain.event.SubjectNotified;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * One referral of a concern's subject to a partner agency: made on a legal basis, answered by the partner
 * (acknowledged, accepted or declined, then completed) or withdrawn by the police; and, whatever its answer, the
 * record of telling the subject. Command handlers decide (the checks of a new referral live in {@link MakingChecks}
 * and {@link BasisChecks}, the rules in {@link ReferralPolicies}), then apply an event; event sourcing handlers only
 * evolve the state.
 */
/* Revision 2 added whether its concern was erased: older snapshots are replayed instead. */
@Revision("2")
public class Referral {

    /** Tolerates a client's clock running a little ahead; a time further in the future has not happened yet. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @AggregateIdentifier
    private UUID referralId;
    private UUID concernId;
    private String agency;
    private ReferralStatus status;
    private Instant madeAt;
    private boolean subjectNotified;
    private LocalDate deferredUntil;
    /** Its concern was erased: it takes no command any more. */
    private boolean erased;

    /** For Axon, which rebuilds the referral from its events. */
    protected Referral() {
    }

    @CommandHandler
    public Referral(MakeReferral command) {
        MakingChecks.check(command, now());
        // stored as configured now, so what the partner was told can be shown as it was
        Provision provision = command.terms().provision(command.basis()).orElse(null);
        apply(new ReferralMade(command.referralId(), command.concernId(), command.agency(), command.basis(), provision,
                command.helpNeeds(), command.conversationId(), blankToNull(command.message()), command.subject(),
                command.policeContact(), command.actor(), now()));
    }

    @CommandHandler
    public void handle(AcknowledgeReferral command) {
        requireNotErased();
        requireNotFinal("acknowledged");
        answerInOrder.require(status == ReferralStatus.MADE,
                "the referral is " + status + "; only a new (MADE) referral is acknowledged");
        requiredText(command.actor(), "actor");
        apply(new ReferralAcknowledged(referralId, concernId, agency, command.actor(), now()));
    }

    @CommandHandler
    public void handle(AcceptReferral command) {
        requireNotErased();
        withdrawnOrDeclinedCannotBeAccepted.require(status != ReferralStatus.WITHDRAWN
                && status != ReferralStatus.DECLINED, "the referral is " + status + "; a new referral is made instead");
        requireNotFinal("accepted");
        requireUnanswered("accepted");
        requiredText(command.actor(), "actor");
        apply(new ReferralAccepted(referralId, concernId, agency, command.actor(), now()));
    }

    @CommandHandler
    public void handle(DeclineReferral command) {
        requireNotErased();
        requireNotFinal("declined");
        requireUnanswered("declined");
        requiredText(command.actor(), "actor");
        declineNeedsReason.require(hasText(command.reason()), "declining a referral needs a reason");
        apply(new ReferralDeclined(referralId, concernId, agency, command.reason(), command.actor(), now()));
    }

    @CommandHandler
    public void handle(CompleteReferral command) {
        requireNotErased();
        requireNotFinal("completed");
        completedOnlyAfterAccepted.require(status == ReferralStatus.ACCEPTED,
                "the referral is " + status + "; only an ACCEPTED referral is completed");
        requiredText(command.actor(), "actor");
        apply(new ReferralCompleted(referralId, concernId, agency, blankToNull(command.note()), command.actor(), now()));
    }

    @CommandHandler
    public void handle(WithdrawReferral command) {
        requireNotErased();
        requireNotFinal("withdrawn");
        requiredText(command.actor(), "actor");
        withdrawNeedsReason.require(hasText(command.reason()), "withdrawing a referral needs a reason");
        apply(new ReferralWithdrawn(referralId, concernId, agency, command.reason(), command.actor(), now()));
    }

    /** Telling the subject is owed whatever the partner answered, so a final referral still records it. */
    @CommandHandler
    public void handle(RecordSubjectNotified command) {
        requireNotErased();
        alreadyNotified.require(!subjectNotified, "the subject's notification is already recorded");
        requiredText(command.actor(), "actor");
        Instant notifiedAt = required(command.notifiedAt(), "notifiedAt");
        required(command.method(), "method");
        Instant now = now();
        notifiedAtInThePast.require(!notifiedAt.isAfter(now.plus(CLOCK_SKEW)),
                "notifiedAt " + notifiedAt + " is in the future");
        notifiedAtInThePast.require(!notifiedAt.isBefore(madeAt),
                "notifiedAt " + notifiedAt + " is before the referral was made at " + madeAt);
        apply(new SubjectNotified(referralId, concernId, agency, notifiedAt, command.method(), command.actor(), now));
    }

    /** A later deferral replaces the one before it: each stands on its own reason. */
    @CommandHandler
    public void handle(DeferNotification command) {
        requireNotErased();
        alreadyNotified.require(!subjectNotified, "the subject has been told: there is nothing to put off");
        requiredText(command.actor(), "actor");
        deferralNeedsReasonAndEnd.require(hasText(command.reason()),
                "say why telling the subject now would harm the prevention work");
        LocalDate until = command.until();
        LocalDate today = PoliceTime.day(now());
        deferralNeedsReasonAndEnd.require(until != null, "say until which day telling the subject is put off (until)");
        deferralNeedsReasonAndEnd.require(until.isAfter(today) && !until.isAfter(today.plusYears(1)),
                "the deferral ends on " + until + ": it ends after today, " + today + ", and at most a year ahead");
        apply(new NotificationDeferred(referralId, concernId, agency, command.reason(), until, command.actor(), now()));
    }

    /** Once: a redelivered erasure of the concern finds it erased already, and changes nothing. */
    @CommandHandler
    public void handle(EraseReferral command) {
        if (!erased) {
            apply(new ReferralErased(referralId, concernId, agency, command.actor(), now()));
        }
    }

    private void requireNotErased() {
        erasedConcernIsFinal.require(!erased, "the concern's personal data was erased");
    }

    private void requireNotFinal(String action) {
        finalReferralDoesNotChange.require(!status.isFinal(),
                "the referral is " + status + " and cannot be " + action + " now");
    }

    private void requireUnanswered(String action) {
        answerInOrder.require(status == ReferralStatus.MADE || status == ReferralStatus.ACKNOWLEDGED,
                "the referral is already " + status + " and cannot be " + action + " now");
    }

    @EventSourcingHandler
    void on(ReferralMade event) {
        referralId = event.referralId();
        concernId = event.concernId();
        agency = event.agency();
        madeAt = event.at();
        status = ReferralStatus.MADE;
    }

    @EventSourcingHandler
    void on(ReferralAcknowledged event) {
        status = ReferralStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        status = ReferralStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReferralDeclined event) {
        status = ReferralStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(ReferralCompleted event) {
        status = ReferralStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ReferralWithdrawn event) {
        status = ReferralStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(SubjectNotified event) {
        subjectNotified = true;
    }

    @EventSourcingHandler
    void on(ReferralErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(NotificationDeferred event) {
        deferredUntil = event.until();
    }

    // Read access for tests in this package; the read side has its own projections.

    ReferralStatus status() {
        return status;
    }

    boolean subjectNotified() {
        return subjectNotified;
    }

    LocalDate deferredUntil() {
        return deferredUntil;
    }
}
