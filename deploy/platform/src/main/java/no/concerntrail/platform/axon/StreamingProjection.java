package no.concerntrail.platform.axon;

import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * A read model kept by a pooled streaming processor of its own, behind the append: for what may lag a moment and must
 * be rebuildable by replay (an operator resets its token, its {@code @ResetHandler} empties it, and it reads the event
 * store again from the first event). Its token lives in the service's database, in the transaction of its updates.
 *
 * @param name    the processor's name, and its tokens'
 * @param handler the bean with its {@code @EventHandler}s and its {@code @ResetHandler}
 * @param order   events with the same identifier are handled in the order they were stored
 */
public record StreamingProjection(String name, Object handler, SequencingPolicy<? super EventMessage<?>> order) {

    public StreamingProjection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(order, "order");
    }
}
