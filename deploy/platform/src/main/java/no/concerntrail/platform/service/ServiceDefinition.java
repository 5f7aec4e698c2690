package no.concerntrail.platform.service;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.concerntrail.platform.axon.StreamingProjection;
import no.concerntrail.platform.events.PublishedContract;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * What makes a service itself, declared once in its {@code config} package as a CDI bean; the platform
 * ({@link ServiceRuntime}) does the rest: migrations, Axon, the event store, the command gateway, the publication.
 *
 * @param name             the service's name, e.g. {@code case-service}: the CloudEvents source
 *                         {@code /concerntrail/<name>} and the name of its publication's token
 * @param aggregate        the event-sourced aggregate class
 * @param readModelName    the name of the processor that feeds the read model, in the append's transaction
 * @param readModel        the projection bean(s) with the {@code @EventHandler}s of the read model
 * @param topic            the topic the service publishes to (the setting {@code concerntrail.publication.topic}
 *                         may name another, e.g. in a test)
 * @param contract         maps a stored event to its published form, or to nothing
 * @param publicationOrder events with the same sequence identifier are published in the order they were stored; the
 *                         Kafka key (the contract's subject) must be that identifier too
 * @param upcasters        read the older revisions of stored events as their current revision, in this order
 * @param feeds            publications besides the service's own topic, each by a processor of its own
 * @param projections      read models kept behind the append, each by a processor of its own, rebuildable by replay
 */
public record ServiceDefinition(String name, Class<?> aggregate, String readModelName, Object readModel,
                                String topic, PublishedContract contract,
                                SequencingPolicy<? super EventMessage<?>> publicationOrder,
                                List<EventUpcaster> upcasters, List<Feed> feeds,
                                List<StreamingProjection> projections) {

    public ServiceDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(readModelName, "readModelName");
        Objects.requireNonNull(readModel, "readModel");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(publicationOrder, "publicationOrder");
        upcasters = List.copyOf(upcasters);
        feeds = List.copyOf(feeds);
        projections = List.copyOf(projections);
        Set<String> names = new HashSet<>(Set.of(publicationName(name), readModelName));
        feeds.forEach(feed -> unique(name, names, feed.name()));
        projections.forEach(projection -> unique(name, names, projection.name()));
    }

    /** A service with feeds and no projection behind the append. */
    public ServiceDefinition(String name, Class<?> aggregate, String readModelName, Object readModel, String topic,
                             PublishedContract contract, SequencingPolicy<? super EventMessage<?>> publicationOrder,
                             List<EventUpcaster> upcasters, List<Feed> feeds) {
        this(name, aggregate, readModelName, readModel, topic, contract, publicationOrder, upcasters, feeds, List.of());
    }

    /** A service that publishes to its own topic only. */
    public ServiceDefinition(String name, Class<?> aggregate, String readModelName, Object readModel, String topic,
                             PublishedContract contract, SequencingPolicy<? super EventMessage<?>> publicationOrder,
                             List<EventUpcaster> upcasters) {
        this(name, aggregate, readModelName, readModel, topic, contract, publicationOrder, upcasters, List.of(),
                List.of());
    }

    /** Processors are told apart by name: their tokens are stored under it. */
    private static void unique(String service, Set<String> names, String processor) {
        if (!names.add(processor)) {
            throw new IllegalArgumentException("Two processors of " + service + " are named " + processor);
        }
    }

    /** Axon's default order: each aggregate's events in order, for a service whose aggregate is the Kafka key. */
    public static SequencingPolicy<? super EventMessage<?>> perAggregate() {
        return SequentialPerAggregatePolicy.instance();
    }

    /** {@code case-events-publication} for {@code case-service}: the streaming processor, and its stored tokens. */
    String publicationName() {
        return publicationName(name);
    }

    private static String publicationName(String service) {
        return service.replaceFirst("-service$", "") + "-events-publication";
    }
}
