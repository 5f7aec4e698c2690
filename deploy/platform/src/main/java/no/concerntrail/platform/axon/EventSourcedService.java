package no.concerntrail.platform.axon;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import no.concerntrail.platform.erasure.SubjectKeys;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Axon wired by hand, the same way in every service (there is no maintained Quarkus extension): one
 * event-sourced aggregate in a JDBC event store on the service's own PostgreSQL database, Jackson for
 * every serializer, Quarkus' JTA transactions, snapshots off the request thread, a read model as a
 * subscribing processor (same transaction as the append) and each Kafka publication as a pooled
 * streaming processor whose token lives in the same database.
 *
 * @param aggregate           the service's aggregate class
 * @param snapshotThreshold   events after which a snapshot is taken
 * @param readModelName       the subscribing processor's name
 * @param readModel           the projection(s) fed in the append's transaction
 * @param publications        the streaming processors that publish to Kafka: the service's own, and its feeds
 * @param projections         the read models kept behind the append, each by a streaming processor, rebuildable
 * @param publicationSegments how many segments each publication and projection is split into, to run in parallel
 * @param upcasters           read older revisions of stored events as their current one, in this order
 * @param nodeId              the name this process claims the publication's segments under
 * @param projectionFailures  where an event a projection's handler fails on goes, so the projection goes on
 * @param subjectKeys         the keys the personal data of stored events and snapshots is sealed under
 */
public record EventSourcedService(DataSource dataSource, jakarta.transaction.TransactionManager jta,
                                  Class<?> aggregate, int snapshotThreshold,
                                  String readModelName, Object readModel,
                                  List<StreamingPublication> publications, List<StreamingProjection> projections,
                                  int publicationSegments,
                                  List<EventUpcaster> upcasters, String nodeId,
                                  ProjectionFailures projectionFailures, SubjectKeys subjectKeys) {

    /** An event a projection could not take in: parked for an operator, not retried for ever ahead of the rest. */
    @FunctionalInterface
    public interface ProjectionFailures {
        void park(String projection, EventMessage<?> event, Exception failure);
    }


    /** How long the publication waits, at most, to see an event committed by a request; see build(). */
    static final Duration FETCH_DELAY = Duration.ofMillis(50);
    /**
     * How long a segment's claim holds without being extended: when a replica dies, another takes its segments over
     * after this. Beyond the publisher's longest send (its ack timeout, 5 s, and a second), so a slow send never loses
     * the claim: it is extended every {@link #CLAIM_EXTENSION}, by the coordinator while a worker waits.
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    static final Duration CLAIM_EXTENSION = Duration.ofSeconds(2);
    /** How often a processor looks for segments nobody holds (Axon's default is 5 s). */
    static final Duration CLAIM_INTERVAL = Duration.ofSeconds(1);
    /** Events a projection handles in one transaction. */
    static final int PROJECTION_BATCH = 500;

    public EventSourcedService {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(jta, "jta");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(subjectKeys, "subjectKeys");
        publications = List.copyOf(publications);
        projections = List.copyOf(projections);
    }

    /** The configuration, not started; {@code snapshots} runs the snapshotter and is the caller's to shut down. */
    public Configuration build(ExecutorService snapshots) {
        TransactionManager transactions = new JtaTransactionManager(jta);
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        AxonJackson jackson = new AxonJackson(subjectKeys);
        Serializer events = jackson.events();
        // PostgreSQL's unique violation: a concurrent append to the same aggregate, or a duplicate creation
        PersistenceExceptionResolver duplicates = new SQLStateResolver("23505");

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false);
        upcasters.forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster));
        return configurer
                .configureSerializer(c -> jackson.messages())
                .configureMessageSerializer(c -> jackson.messages())
                .configureEventSerializer(c -> events)
                .configureTransactionManager(c -> transactions)
                .configureEventStore(c -> {
                    EmbeddedEventStore store = EmbeddedEventStore.builder()
                            .storageEngine(JdbcEventStorageEngine.builder()
                                    .connectionProvider(connections)
                                    .transactionManager(transactions)
                                    .schema(AxonTables.events())
                                    .eventSerializer(events)
                                    .snapshotSerializer(jackson.snapshots())
                                    .persistenceExceptionResolver(duplicates)
                                    .upcasterChain(c.upcasterChain())
                                    // skips snapshots of an older @Revision of the aggregate: they are replayed instead
                                    .snapshotFilter(c.snapshotFilter())
                                    .build())
                            .messageMonitor(c.messageMonitor(EventStore.class, "eventStore"))
                            // Axon wakes its reader when its unit of work commits, which in a request is before the
                            // JTA commit: the reader then finds nothing yet and waits a fetch delay (1 s by default)
                            .fetchDelay(FETCH_DELAY.toMillis())
                            .build();
                    c.onShutdown(store::shutDown);
                    return store;
                })
                .configureSnapshotter(c -> AggregateSnapshotter.builder()
                        .eventStore(c.eventStore())
                        .aggregateFactories(c.aggregateConfiguration(aggregate).aggregateFactory())
                        .repositoryProvider(c::repository)
                        .parameterResolverFactory(c.parameterResolverFactory())
                        .handlerDefinition(c.handlerDefinition(aggregate))
                        .transactionManager(transactions)
                        .executor(snapshots)
                        .build())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(aggregate)
                        .configureSnapshotTrigger(c ->
                                new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotThreshold)))
                .eventProcessing(processing -> {
                    processing.registerTokenStore(c -> JdbcTokenStore.builder()
                                    .connectionProvider(connections)
                                    .schema(AxonTables.tokens())
                                    .serializer(jackson.messages())
                                    .nodeId(nodeId)
                                    .claimTimeout(CLAIM_TIMEOUT)
                                    .build())
                            // a failing handler fails its unit of work: no read model drift, no skipped publication
                            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                            .registerSubscribingEventProcessor(readModelName)
                            .registerEventHandler(c -> readModel)
                            .assignHandlerInstancesMatching(readModelName, h -> h == readModel);
                    publications.forEach(publication -> publish(processing, publication));
                    projections.forEach(projection -> project(processing, projection));
                })
                .buildConfiguration();
    }

    /** A publication's own pooled streaming processor, its segments claimed as this node. */
    private void publish(EventProcessingConfigurer processing, StreamingPublication publication) {
        processing.registerPooledStreamingEventProcessor(publication.name(), Configuration::eventStore,
                        (c, builder) -> builder.initialSegmentCount(publicationSegments)
                                .initialToken(source -> publication.fromNow() ? source.createHeadToken()
                                        : source.createTailToken())
                                .claimExtensionThreshold(CLAIM_EXTENSION.toMillis())
                                // a segment whose worker waits in a send keeps its claim too
                                .enableCoordinatorClaimExtension()
                                .tokenClaimInterval(CLAIM_INTERVAL.toMillis()))
                .registerSequencingPolicy(publication.name(), c -> publication.order())
                .registerEventHandler(c -> publication.handler())
                .assignHandlerInstancesMatching(publication.name(), h -> h == publication.handler());
    }

    /**
     * A projection's own pooled streaming processor, from the first stored event, many events a transaction: a rebuild
     * replays the whole store, and one commit per event would bound it by the database's commit rate.
     */
    private void project(EventProcessingConfigurer processing, StreamingProjection projection) {
        processing.registerPooledStreamingEventProcessor(projection.name(), Configuration::eventStore,
                        (c, builder) -> builder.initialSegmentCount(publicationSegments)
                                .initialToken(source -> source.createTailToken())
                                .batchSize(PROJECTION_BATCH)
                                .claimExtensionThreshold(CLAIM_EXTENSION.toMillis())
                                .tokenClaimInterval(CLAIM_INTERVAL.toMillis()))
                .registerSequencingPolicy(projection.name(), c -> projection.order())
                // before its SQL (a payload it cannot read, a field it needs missing); a statement PostgreSQL refuses
                // fails the whole batch's transaction, and the batch is retried
                .registerListenerInvocationErrorHandler(projection.name(),
                        c -> (failure, event, handler) -> projectionFailures.park(projection.name(), event, failure))
                .registerEventHandler(c -> projection.handler())
                .assignHandlerInstancesMatching(projection.name(), h -> h == projection.handler());
    }

    /** A single daemon thread for snapshots, so they are taken in their own transaction, never in a request's. */
    static ExecutorService snapshotExecutor(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
