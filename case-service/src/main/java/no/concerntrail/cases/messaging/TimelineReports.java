package no.concerntrail.cases.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.projection.ConcernTimeline;
import no.concerntrail.cases.projection.ConcernViews;
import no.concerntrail.cases.projection.TimelineEntry;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.messaging.IncomingCloudEvent;
import no.concerntrail.platform.rules.RuleViolation;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jboss.logging.Logger;

/**
 * What another service reported about a concern, kept in the concern's timeline: one entry per event, in the
 * transaction that claims its ce_id, with only the fields case-service read; a readable event is stored in the event
 * store too, in the same transaction (see {@link ReportedEvent}). The part every Handler of another service's events
 * shares.
 */
@ApplicationScoped
public class TimelineReports {

    private static final Logger LOG = Logger.getLogger(TimelineReports.class);
    /** The stored event's metadata that names its concern, for the processors that keep each concern in order. */
    public static final String CONCERN = "concernId";

    @Inject
    ConcernViews concerns;
    @Inject
    ConcernTimeline timeline;
    @Inject
    EventStore events;

    /** The contract mapper, not the REST one: what is stored must not change with the API's tuning. */
    private final ObjectMapper json = ContractJson.mapper();

    /**
     * An event about a concern this service does not know is skipped (and stays claimed): the other services act only
     * on concerns they learnt from us, so it means a broken producer or a wrong topic, for operators to see, not a
     * reason to stop the consumer.
     */
    boolean aboutKnownConcern(IncomingCloudEvent cloudEvent, ReportedEvent event) {
        if (event.concernId() == null || concerns.find(event.concernId()).isEmpty()) {
            LOG.warnf("%s %s is about concern %s, which case-service does not know; skipped", cloudEvent.type(),
                    cloudEvent.id(), event.concernId());
            return false;
        }
        return true;
    }

    /**
     * Adds the event to its concern's timeline and, when it is readable, to the event store (outside a unit of work
     * Axon appends it at once, joining the claim's transaction).
     *
     * @param source  the service that reported it, e.g. conversation-service
     * @param refusal the rule that refused what the event asked of the concern (or found it unreadable), or null
     */
    void record(IncomingCloudEvent cloudEvent, String source, ReportedEvent event, RuleViolation refusal) {
        boolean unreadable = event instanceof ReportedEvent.Unreadable;
        String type = unreadable ? ((ReportedEvent.Unreadable) event).name() : event.getClass().getSimpleName();
        timeline.record(new TimelineEntry(cloudEvent.id(), event.concernId(), source, type, event.at(), event.actor(),
                unreadable ? null : json.valueToTree(event),
                refusal == null ? null : refusal.rule(), refusal == null ? null : refusal.getMessage()));
        if (!unreadable) {
            events.publish(GenericEventMessage.asEventMessage(event.stored())
                    .andMetaData(Map.of(CONCERN, event.concernId().toString())));
        }
    }

    /** The concern ce_subject names, for an event whose body cannot say; null when it names none. */
    static UUID subjectConcern(IncomingCloudEvent cloudEvent) {
        try {
            return cloudEvent.subject() == null ? null : UUID.fromString(cloudEvent.subject());
        } catch (IllegalArgumentException notAConcernId) {
            return null;
        }
    }

    /** Why an event's body is shown as unreadable, naming the event so operators can find it on the topic. */
    static String unreadable(IncomingCloudEvent cloudEvent, String name, String problem) {
        return "ce_id " + cloudEvent.id() + " is not a readable " + name + ".v1: " + problem;
    }
}
