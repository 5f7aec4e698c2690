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
 * @param order   events with the same identifier are handled in the order they were stored (the Kafka key is that
 *                identifier or a finer one)
 * @param fromNow without a token, start at the head of the event store rather than its first event
 */
public record StreamingPublication(String name, Object handler, SequencingPolicy<? super EventMessage<?>> order,
                                   boolean fromNow) {

    public StreamingPublication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(order, "order");
    }
}
