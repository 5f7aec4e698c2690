package no.concerntrail.cases.config;

import no.concerntrail.cases.analytics.AnalystsHistory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * The analysts' feed in order per concern, not per aggregate: what the other services reported about a concern is
 * stored beside the concern's own events, outside its aggregate, and must reach the analysts in the order it was
 * stored among them.
 */
final class ConcernOrder {

    static final SequencingPolicy<EventMessage<?>> POLICY = event -> AnalystsHistory.concernOf(event.getPayload());

    private ConcernOrder() {
    }
}
