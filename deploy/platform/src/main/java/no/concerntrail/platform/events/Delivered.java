package no.concerntrail.platform.events;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;

/**
 * What a service records once the broker has acknowledged every publication of a stored event (e.g. referral-service's
 * share log): called in the publication's transaction, so it is recorded exactly when the token moves past the event.
 * A redelivery after a crash between the two calls it again for the same event: it must be idempotent.
 */
@FunctionalInterface
public interface Delivered {

    /** Nothing to record: a service's own topic is its record. */
    Delivered NOTHING = (stored, publications) -> {
    };

    void after(EventMessage<?> stored, List<Publication> publications);
}
