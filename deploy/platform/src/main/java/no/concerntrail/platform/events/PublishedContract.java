package no.concerntrail.platform.events;

import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;

/**
 * A service's published language: maps a stored event to what may leave the service, or to
 * nothing when the event is internal. Protected fields are left out here, never filtered later.
 */
@FunctionalInterface
public interface PublishedContract {

    Optional<PublishedEvent> publish(EventMessage<?> stored);

    /**
     * Version 1 of a service's contract: each stored event of type {@code stored} is published as what {@code mapping}
     * makes of it (a record of the contract, named after the event), keyed by {@code subject}; anything else is
     * internal.
     *
     * @param producer the service's short name in the type scheme ({@link EventType}), e.g. {@code case}
     */
    static <E> PublishedContract v1(String producer, Class<E> stored, Function<E, Object> subject,
                                    Function<E, Object> mapping) {
        return message -> stored.isInstance(message.getPayload())
                ? Optional.of(PublishedEvent.v1(producer, subject.apply(stored.cast(message.getPayload())),
                        mapping.apply(stored.cast(message.getPayload()))))
                : Optional.empty();
    }
}
