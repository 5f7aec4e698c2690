package no.concerntrail.platform.events;

import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;

/**
 * A service's published language: maps a stored event to what may leave the service, or to
 * nothing when the event is internal. Protected fields are left out here, never filtered later.
 */
@FunctionalInterface
public interface PublishedContract {

    Optional<PublishedEvent> publish(EventMessage<?> stored);
}
