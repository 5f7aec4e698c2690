package no.concerntrail.cases.config;

import no.concerntrail.cases.messaging.TimelineReports;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * The analysts' feed and statistics in order per concern, not per aggregate: what the other services reported about a
 * concern is stored beside the concern's own events, outside its aggregate, and must be handled in the order it was
 * stored among them. Read from the message's envelope, never its payload: a payload that cannot be read must reach
 * the handler (which parks it), not stop the processor. The concern's id as text, as its own events' aggregate
 * identifier is, so a concern's events stay in the segment they were in.
 */
final class ConcernOrder {

    static final SequencingPolicy<EventMessage<?>> POLICY = event -> {
        Object reported = event.getMetaData().get(TimelineReports.CONCERN);
        if (reported != null) {
            return reported;
        }
        return event instanceof DomainEventMessage<?> own ? own.getAggregateIdentifier() : null;
    };

    private ConcernOrder() {
    }
}
