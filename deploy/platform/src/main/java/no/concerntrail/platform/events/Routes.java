package no.concerntrail.platform.events;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;

/**
 * Where a publication sends each stored event, and as what: a pure function of the stored event, so an event it
 * cannot route fails the same way every time (and is parked). None: the event stays inside.
 */
@FunctionalInterface
public interface Routes {

    List<Publication> of(EventMessage<?> stored) throws Exception;

    /** Every event the contract publishes, to one topic: a service's own publication. */
    static Routes to(String topic, PublishedContract contract) {
        return stored -> contract.publish(stored).map(event -> List.of(new Publication(topic, event))).orElse(List.of());
    }
}
