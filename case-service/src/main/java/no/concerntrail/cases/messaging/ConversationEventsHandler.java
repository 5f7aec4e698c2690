package no.concerntrail.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.command.LowerConcern;
import no.concerntrail.cases.domain.command.RaiseConcern;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationHeld;
import no.concerntrail.cases.messaging.ConversationEvent.Unreadable;
import no.concerntrail.platform.messaging.CloudEventHandler;
import no.concerntrail.platform.messaging.IncomingCloudEvent;
import no.concerntrail.platform.rules.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * What one conversation event does to its concern, exactly once per ce_id: a timeline entry, and for a held
 * conversation that LOWERED or RAISED the concern, the level change with the conversation as its cause. The
 * consumer template claims the ce_id in the same transaction, so a redelivered event does nothing.
 */
@ApplicationScoped
public class ConversationEventsHandler implements CloudEventHandler<ConversationEvent> {

    static final String SOURCE = "conversation-service";

    /** A held conversation that LOWERED or RAISED the concern names its new level: LOW, MODERATE or HIGH. */
    static final String OUTCOME_UNREADABLE = "conversation-outcome-unreadable";
    /** A conversation event's body is what the published contract says it is. */
    static final String EVENT_UNREADABLE = "conversation-event-unreadable";

    @Inject
    TimelineReports timeline;
    @Inject
    CommandGateway commands;

    /**
     * Records the event and applies its outcome. A refusal (RuleViolation) leaves the transaction rolled back
     * (Axon marks a joined transaction rollback-only when its command fails): {@link #refused} then records it.
     */
    @Override
    public void apply(IncomingCloudEvent cloudEvent, ConversationEvent event) {
        if (!timeline.aboutKnownConcern(cloudEvent, event)) {
            return;
        }
        Optional<Object> command = command(event);
        timeline.record(cloudEvent, SOURCE, event, null);
        command.ifPresent(commands::sendAndWait);
    }

    /** The event's timeline entry, saying which rule refused its outcome and why. */
    @Override
    public void refused(IncomingCloudEvent cloudEvent, ConversationEvent event, RuleViolation refusal) {
        if (timeline.aboutKnownConcern(cloudEvent, event)) {
            timeline.record(cloudEvent, SOURCE, event, refusal);
        }
    }

    /**
     * A body that breaks the contract still reaches the concern's timeline, marked unreadable, when ce_subject names
     * a concern: the case worker must not miss that a conversation happened.
     */
    @Override
    public Optional<ConversationEvent> unreadable(IncomingCloudEvent cloudEvent, String name, String problem,
                                                 Instant published) {
        return Optional.of(new Unreadable(name, TimelineReports.subjectConcern(cloudEvent), published,
                TimelineReports.unreadable(cloudEvent, name, problem)));
    }

    /** The command a held conversation's outcome asks for, if any; a refusal when the event cannot be read. */
    private static Optional<Object> command(ConversationEvent event) {
        if (event instanceof Unreadable unreadable) {
            throw RuleViolation.unprocessable(EVENT_UNREADABLE, unreadable.problem());
        }
        if (!(event instanceof ConversationHeld held)) {
            return Optional.empty();
        }
        if ("LOWERED".equals(held.outcome())) {
            return Optional.of(new LowerConcern(held.concernId(), newLevel(held), null, held.conversationId(),
                    null, held.actor()));
        }
        if ("RAISED".equals(held.outcome())) {
            return Optional.of(new RaiseConcern(held.concernId(), newLevel(held), null, held.conversationId(),
                    null, held.actor()));
        }
        return Optional.empty(); // UNCHANGED, or an outcome added later: the timeline shows it
    }

    private static ConcernLevel newLevel(ConversationHeld held) {
        String level = held.newLevel();
        return Arrays.stream(ConcernLevel.values()).filter(l -> l.name().equals(level)).findFirst()
                .orElseThrow(() -> RuleViolation.unprocessable(OUTCOME_UNREADABLE, "outcome " + held.outcome()
                        + " needs newLevel LOW, MODERATE or HIGH, not " + shown(level)));
    }

    private static String shown(String level) {
        if (level == null) {
            return "none";
        }
        return "'" + (level.length() > 40 ? level.substring(0, 40) + "..." : level) + "'";
    }
}
