package no.concerntrail.platform.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import no.concerntrail.platform.axon.AxonRuntime;
import no.concerntrail.platform.axon.EventSourcedService;
import no.concerntrail.platform.axon.StreamingPublication;
import no.concerntrail.platform.events.CloudEventPublisher;
import no.concerntrail.platform.events.Delivered;
import no.concerntrail.platform.events.Routes;
import no.concerntrail.platform.erasure.SubjectKeys;
import no.concerntrail.platform.events.UnpublishedEvents;
import no.concerntrail.platform.schema.PlatformSchema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * A service's {@link ServiceDefinition} made to run, the same way in every service: at start-up the platform's
 * tables and then the service's own migrations, before any consumer or processor touches the database; then
 * Axon (see {@link EventSourcedService}) with the publication of the service's events to its topic and its feeds; the
 * command gateway and event store for the service's resources; and all of it stopped at shutdown.
 */
@ApplicationScoped
public class ServiceRuntime {

    @Inject
    ServiceDefinition definition;
    @Inject
    DataSource dataSource;
    @Inject
    Flyway serviceMigrations;
    @Inject
    jakarta.transaction.TransactionManager jta;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;
    @Inject
    UnpublishedEvents unpublished;
    @Inject
    SubjectKeys subjectKeys;
    @ConfigProperty(name = "concerntrail.publication.topic")
    Optional<String> topic;
    /** The role the service connects as, when it is not the owner that migrates (quarkus.flyway.username). */
    @ConfigProperty(name = "concerntrail.database.runtime-role")
    Optional<String> runtimeRole;
    /** The service's own tables that role may only read and append to, beside the platform's event store and log. */
    @ConfigProperty(name = "concerntrail.database.append-only-tables")
    Optional<List<String>> appendOnlyTables;
    @ConfigProperty(name = "concerntrail.publication.ack-timeout")
    Duration ackTimeout;
    @ConfigProperty(name = "concerntrail.publication.segments")
    int publicationSegments;
    @ConfigProperty(name = "concerntrail.snapshot-threshold")
    int snapshotThreshold;
    /** Who holds the publication's segments; by default this host and API port (see nodeId()). */
    @ConfigProperty(name = "concerntrail.node-id")
    Optional<String> nodeId;
    @ConfigProperty(name = "quarkus.http.port")
    int httpPort;

    /** By name: the service's own publication, then its feeds. */
    private final Map<String, CloudEventPublisher> publishers = new LinkedHashMap<>();
    private final AxonRuntime axon = new AxonRuntime(() -> {
        List<StreamingPublication> publications = new ArrayList<>();
        // the service's own topic carries its whole history
        publications.add(publication(definition.publicationName(),
                Routes.to(topic.orElse(definition.topic()), definition.contract()), definition.publicationOrder(),
                Delivered.NOTHING, false));
        definition.feeds().forEach(feed -> publications.add(publication(feed.name(), feed.routes(), feed.order(),
                feed.delivered(), feed.from() == Feed.From.ITS_FIRST_START)));
        return new EventSourcedService(dataSource, jta, definition.aggregate(), snapshotThreshold,
                definition.readModelName(), definition.readModel(), publications, definition.projections(),
                publicationSegments, definition.upcasters(), nodeId(), (projection, event, failure) ->
                        unpublished.park(projection, event, "the projection cannot take it in ("
                                + failure.getClass().getSimpleName() + "); rebuild it after the fix"), subjectKeys);
    });

    private StreamingPublication publication(String name, Routes routes, SequencingPolicy<? super EventMessage<?>> order,
                                             Delivered delivered, boolean fromNow) {
        CloudEventPublisher publisher = new CloudEventPublisher(name, URI.create("/concerntrail/" + definition.name()),
                kafka, routes, delivered, ackTimeout, unpublished);
        publishers.put(name, publisher);
        return new StreamingPublication(name, publisher, order, fromNow);
    }

    /**
     * The name the publication claims its segments under. A process that starts where one was killed (same host, same
     * port) is the same node, and takes its segments back at once instead of waiting for the claims to expire; two
     * live processes cannot share it, as they cannot share a port.
     */
    private String nodeId() {
        return nodeId.orElseGet(() -> {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
            return host + ":" + httpPort;
        });
    }

    /**
     * Before the messaging consumers start (they claim events in the database): the platform's tables first, then the
     * service's, as the owner Flyway connects as; then what the runtime role may do.
     */
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        DataSource owner = serviceMigrations.getConfiguration().getDataSource();
        PlatformSchema.migrate(owner, serviceMigrations.getConfiguration());
        runtimeRole.ifPresent(role -> PlatformSchema.grant(owner, role, appendOnlyTables.orElse(List.of())));
    }

    void start(@Observes StartupEvent startup) {
        axon.start();
    }

    /** First of all at shutdown: Axon's processors stop while the database and the broker are still there. */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        axon.shutdown();
        publishers.values().forEach(CloudEventPublisher::close);
    }

    /**
     * Publishes a parked stored event again by the publication that parked it, after a fix, and unparks it; a mapping
     * that still fails is thrown and it stays parked. Out of its concern's order by then: consumers order by
     * {@code ce_time}, not by arrival. In one transaction, as the feed's own processor does it: what the publication
     * records once delivered ({@link Delivered}), and the unparking.
     */
    @Transactional(rollbackOn = Exception.class)
    public void republish(UnpublishedEvents.Unpublished parked) throws Exception {
        DomainEventStream events = eventStore().readEvents(parked.aggregateIdentifier(), parked.sequenceNumber());
        DomainEventMessage<?> stored = events.hasNext() ? events.next() : null;
        if (stored == null || !stored.getIdentifier().equals(parked.eventIdentifier())) {
            throw new IllegalStateException("Parked event " + parked.id() + " is not in the event store as recorded");
        }
        CloudEventPublisher publisher = publishers.get(parked.publication());
        if (publisher == null && projection(parked.publication()).isPresent()) {
            throw new IllegalStateException("Parked event " + parked.id() + " is the projection "
                    + parked.publication() + "'s: rebuild the projection after the fix");
        }
        if (publisher == null) {
            throw new IllegalStateException("Parked event " + parked.id() + " belongs to " + parked.publication()
                    + ", which this version does not publish");
        }
        publisher.republish(stored);
        unpublished.remove(parked.id());
    }

    /** The streaming processor of one of the service's projections, if it has one of that name. */
    public Optional<StreamingEventProcessor> projection(String name) {
        if (definition.projections().stream().noneMatch(projection -> projection.name().equals(name))) {
            return Optional.empty();
        }
        return axon.configuration().eventProcessingConfiguration().eventProcessor(name, StreamingEventProcessor.class);
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return axon.configuration().commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return axon.configuration().eventStore();
    }
}
