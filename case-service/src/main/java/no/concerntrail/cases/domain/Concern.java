package no.concerntrail.cases.domain;

import static no.concerntrail.cases.domain.ConcernPolicies.adoptedBeforeWork;
import static no.concerntrail.cases.domain.ConcernPolicies.assignmentMustChange;
import static no.concerntrail.cases.domain.ConcernPolicies.closeNeedsReason;
import static no.concerntrail.cases.domain.ConcernPolicies.closedCanOnlyBeReopened;
import static no.concerntrail.cases.domain.ConcernPolicies.erasedConcernIsFinal;
import static no.concerntrail.cases.domain.ConcernPolicies.levelChangeNeedsReason;
import static no.concerntrail.cases.domain.ConcernPolicies.lowerMustGoLower;
import static no.concerntrail.cases.domain.ConcernPolicies.onlyAssignedConcernChangesLevel;
import static no.concerntrail.cases.domain.ConcernPolicies.raiseMustGoHigher;
import static no.concerntrail.cases.domain.ConcernPolicies.reopenNeedsReason;
import static no.concerntrail.cases.domain.ConcernPolicies.reopenOnlyClosed;
import static no.concerntrail.cases.domain.ConcernPolicies.signpostingNamesAgency;
import static no.concerntrail.cases.domain.ConcernPolicies.transferMustChangeDistrict;
import static no.concerntrail.cases.domain.ConcernPolicies.transferNeedsReason;
import static no.concerntrail.cases.domain.ConcernPolicies.triageClosureNeedsReason;
import static no.concerntrail.cases.domain.ConcernPolicies.triageOnlyNewConcern;
import static no.concerntrail.platform.police.PoliceTime.now;
import static no.concerntrail.platform.rules.RequiredField.hasText;
import static no.concerntrail.platform.rules.RequiredField.required;
import static no.concerntrail.platform.rules.RequiredField.requiredText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.cases.domain.command.AssignConcern;
import no.concerntrail.cases.domain.command.CloseConcern;
import no.concerntrail.cases.domain.command.EraseConcern;
import no.concerntrail.cases.domain.command.LowerConcern;
import no.concerntrail.cases.domain.command.RaiseConcern;
import no.concerntrail.cases.domain.command.ReceiveConcern;
import no.concerntrail.cases.domain.command.ReopenConcern;
import no.concerntrail.cases.domain.command.TransferConcern;
import no.concerntrail.cases.domain.command.TriageConcern;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import no.concerntrail.platform.police.PoliceDistrict;
import no.concerntrail.platform.police.PoliceTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * A concern about one person, from the report through triage, assignment, raising and lowering, to
 * closing and reopening; it belongs to one police district, and may be handed to another; its personal data may be
 * erased, after which it takes no command. Command handlers decide (check the {@link ConcernPolicies}, then apply an
 * event); event sourcing handlers only evolve the state. The state is just what the decisions need, and no personal
 * data (revision 3 added {@code erased}: older snapshots are replayed instead).
 */
@Revision("3")
public class Concern {

    @AggregateIdentifier
    private UUID concernId;
    private ConcernStatus status;
    private ConcernLevel level;
    /** Null for a concern received before districts were recorded (revision 1 of the aggregate had none). */
    private PoliceDistrict district;
    private String assignee;
    private boolean adopted;
    /** Its personal data was erased: it takes no command any more. */
    private boolean erased;
    /** Conversations whose outcome already changed the level: a redelivered outcome must not count twice. */
    private Set<UUID> appliedCauses = new HashSet<>();

    /** For Axon, which rebuilds the concern from its events. */
    protected Concern() {
    }

    @CommandHandler
    public Concern(ReceiveConcern command) {
        ConcernReportChecks.check(command, PoliceTime.day(now()));
        apply(new ConcernReceived(command.concernId(), command.district(), command.source(), command.reporter(),
                command.subject(), command.subject().municipality(), command.category(), command.summary(),
                command.level(), command.actor(), now()));
    }

    @CommandHandler
    public void handle(TriageConcern command) {
        requireNotErased();
        requireNotClosed();
        triageOnlyNewConcern.require(status == ConcernStatus.RECEIVED,
                "the concern was triaged already and is " + status);
        requiredText(command.actor(), "actor");
        TriageOutcome outcome = required(command.outcome(), "outcome");
        if (outcome.closesConcern()) {
            triageClosureNeedsReason.require(hasText(command.reason()),
                    outcome + " closes the concern and needs a reason");
        }
        String signpostedTo = command.signpostedTo();
        if (outcome == TriageOutcome.SIGNPOSTED) {
            signpostingNamesAgency.require(hasText(signpostedTo), "SIGNPOSTED must name the agency signposted to");
        } else {
            signpostingNamesAgency.require(!hasText(signpostedTo),
                    "only a SIGNPOSTED outcome names an agency, not " + outcome);
            signpostedTo = null; // a blank one from a form is no agency
        }
        apply(new ConcernTriaged(concernId, outcome, command.reason(), signpostedTo, command.actor(), now()));
    }

    @CommandHandler
    public void handle(AssignConcern command) {
        requireNotErased();
        requireAdopted("assign");
        requiredText(command.actor(), "actor");
        String newAssignee = requiredText(command.assignee(), "assignee");
        assignmentMustChange.require(!newAssignee.equals(assignee), "the concern is already assigned to " + assignee);
        apply(new ConcernAssigned(concernId, newAssignee, assignee, command.actor(), now()));
    }

    @CommandHandler
    public void handle(RaiseConcern command) {
        if (alreadyApplied(command.causeConversationId())) {
            return;
        }
        requireNotErased();
        UUID cause = command.causeConversationId();
        ConcernLevel to = requireLevelChange("raise", command.level(), command.reason(), cause, command.actor());
        raiseMustGoHigher.require(to.isHigherThan(level), "cannot raise from " + level + " to " + to);
        apply(new ConcernRaised(concernId, level, to, command.reason(), cause, command.actor(), now()));
    }

    @CommandHandler
    public void handle(LowerConcern command) {
        if (alreadyApplied(command.causeConversationId())) {
            return;
        }
        requireNotErased();
        UUID cause = command.causeConversationId();
        ConcernLevel to = requireLevelChange("lower", command.level(), command.reason(), cause, command.actor());
        lowerMustGoLower.require(to.isLowerThan(level), "cannot lower from " + level + " to " + to);
        apply(new ConcernLowered(concernId, level, to, command.reason(), cause, command.actor(), now()));
    }

    @CommandHandler
    public void handle(CloseConcern command) {
        requireNotErased();
        requireAdopted("close");
        requiredText(command.actor(), "actor");
        closeNeedsReason.require(hasText(command.reason()), "closing needs a reason");
        apply(new ConcernClosed(concernId, command.reason(), command.actor(), now()));
    }

    @CommandHandler
    public void handle(ReopenConcern command) {
        requireNotErased();
        reopenOnlyClosed.require(status == ConcernStatus.CLOSED, "the concern is " + status + ", not closed");
        requiredText(command.actor(), "actor");
        reopenNeedsReason.require(hasText(command.reason()), "reopening needs a reason");
        // a concern never adopted was closed at triage, so it goes back to be triaged again
        ConcernStatus reopenedAs = adopted ? ConcernStatus.OPEN : ConcernStatus.RECEIVED;
        apply(new ConcernReopened(concernId, command.reason(), reopenedAs, command.actor(), now()));
    }

    @CommandHandler
    public void handle(TransferConcern command) {
        requireNotErased();
        requireNotClosed();
        requiredText(command.actor(), "actor");
        PoliceDistrict to = required(command.district(), "district");
        transferNeedsReason.require(hasText(command.reason()), "a transfer to another district needs a reason");
        transferMustChangeDistrict.require(to != district, "the concern belongs to " + to + " already");
        apply(new ConcernTransferred(concernId, district, to, command.reason(), command.actor(), now()));
    }

    /**
     * Whatever state the concern is in: its personal data goes, in every replay; what it was and when stays. A concern
     * erased already has nothing left to erase.
     */
    @CommandHandler
    public void handle(EraseConcern command) {
        requireNotErased();
        requiredText(command.actor(), "actor");
        ErasureGround ground = required(command.ground(), "ground");
        String reference = requiredText(command.reference(), "reference");
        apply(new ConcernErased(concernId, ground, reference, command.actor(), now()));
    }

    private void requireNotErased() {
        erasedConcernIsFinal.require(!erased, "the concern's personal data was erased");
    }

    private void requireNotClosed() {
        closedCanOnlyBeReopened.require(status != ConcernStatus.CLOSED, "the concern is closed; reopen it first");
    }

    private void requireAdopted(String action) {
        requireNotClosed();
        adoptedBeforeWork.require(status == ConcernStatus.OPEN,
                "the concern awaits triage; adopt it before you " + action + " it");
    }

    private ConcernLevel requireLevelChange(String action, ConcernLevel to, String reason, UUID cause, String actor) {
        requireAdopted(action);
        requiredText(actor, "actor");
        required(to, "level");
        levelChangeNeedsReason.require(cause != null || hasText(reason),
                "a level change needs a reason unless a conversation caused it");
        onlyAssignedConcernChangesLevel.require(assignee != null, "assign the concern before you " + action + " it");
        return to;
    }

    /**
     * Exactly once per conversation: its outcome may be delivered again and must not count twice. Checked
     * before every rule, so a redelivery succeeds without effect even once the concern has been closed.
     */
    private boolean alreadyApplied(UUID causeConversationId) {
        return causeConversationId != null && appliedCauses.contains(causeConversationId);
    }

    @EventSourcingHandler
    void on(ConcernReceived event) {
        concernId = event.concernId();
        status = ConcernStatus.RECEIVED;
        level = event.level();
        district = event.district();
    }

    @EventSourcingHandler
    void on(ConcernTransferred event) {
        district = event.to();
    }

    @EventSourcingHandler
    void on(ConcernTriaged event) {
        if (event.outcome().closesConcern()) {
            status = ConcernStatus.CLOSED;
        } else {
            status = ConcernStatus.OPEN;
            adopted = true;
        }
    }

    @EventSourcingHandler
    void on(ConcernAssigned event) {
        assignee = event.assignee();
    }

    @EventSourcingHandler
    void on(ConcernRaised event) {
        changeLevel(event.to(), event.causeConversationId());
    }

    @EventSourcingHandler
    void on(ConcernLowered event) {
        changeLevel(event.to(), event.causeConversationId());
    }

    private void changeLevel(ConcernLevel to, UUID causeConversationId) {
        level = to;
        if (causeConversationId != null) {
            appliedCauses.add(causeConversationId);
        }
    }

    @EventSourcingHandler
    void on(ConcernClosed event) {
        status = ConcernStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ConcernReopened event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(ConcernErased event) {
        erased = true;
    }

    // Read access for tests in this package; the read side has its own projections.

    UUID concernId() {
        return concernId;
    }

    ConcernStatus status() {
        return status;
    }

    ConcernLevel level() {
        return level;
    }

    String assignee() {
        return assignee;
    }

    PoliceDistrict district() {
        return district;
    }

    boolean wasErased() {
        return erased;
    }

    boolean wasAdopted() {
        return adopted;
    }

    Set<UUID> appliedCauses() {
        return Set.copyOf(appliedCauses);
    }
}
