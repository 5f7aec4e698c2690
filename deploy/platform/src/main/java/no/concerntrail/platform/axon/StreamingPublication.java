package no.concerntrail.platform.axon;

import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * A pooled streaming processor over the event store that publishes what it reads, with its tokens in the service's
 * database: the service's own publication, or a feed.
 *
 * @param name    the processor's name, and its tokens'
 * @param handler the event handler that publishes
 * @param order   events with the same identifier are handled in the order they were stored (the Kafka key must be
 *                that identifier too)
 */
public record StreamingPublication(String name, Object handler, SequencingPolicy<? super EventMessage<?>> order) {

    public StreamingPublication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(order, "order");
    }
}
