package no.concerntrail.platform.service;

import java.util.Objects;
import no.concerntrail.platform.events.Delivered;
import no.concerntrail.platform.events.Routes;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * A publication of a service's stored events besides its own topic, run by the platform the same way (its own
 * streaming processor over the event store, acks before the token moves, parking, retries), e.g. referral-service's
 * partner topics, a topic per agency.
 *
 * @param name      the streaming processor's name and its tokens'; what its parked events are filed under
 * @param routes    where each stored event goes, and as what
 * @param order     events with the same identifier are published in the order they were stored; the Kafka key is
 *                  that identifier or a finer one (a referral's, say, within its concern's order)
 * @param delivered what the service records once an event's publications are acknowledged, in the same transaction
 *                  as the processor's token
 * @param from      where the feed starts the first time it runs (or should its tokens ever be lost)
 */
public record Feed(String name, Routes routes, SequencingPolicy<? super EventMessage<?>> order, Delivered delivered,
                   From from) {

    /** Where a feed starts when it has no token. */
    public enum From {
        /** Every stored event, the oldest first: a feed whose readers are owed the whole history. */
        THE_BEGINNING,
        /**
         * What is stored from its first start on: a feed to readers outside the police, to whom nothing goes that the
         * rules of the moment did not send at the time (no history re-sent under a later policy, or twice).
         */
        ITS_FIRST_START
    }

    public Feed {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(routes, "routes");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(delivered, "delivered");
        Objects.requireNonNull(from, "from");
    }
}
