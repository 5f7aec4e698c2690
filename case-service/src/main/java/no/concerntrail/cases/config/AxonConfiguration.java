package no.concerntrail.cases.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.Concern;
import no.concerntrail.cases.projection.ConcernViewProjection;
import no.concerntrail.platform.axon.AxonJackson;
import no.concerntrail.platform.axon.AxonTables;
import no.concerntrail.platform.axon.JtaTransactionManager;
import no.concerntrail.platform.events.CloudEventPublisher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires Axon by hand (there is no maintained Quarkus extension): the JDBC event store on the
 * service's own PostgreSQL database, Jackson for every serializer, Quarkus' JTA transactions,
 * the concern read model as a subscribing processor (same transaction as the append) and the
 * Kafka publication as a pooled streaming processor with its token in the same database.
 */
@ApplicationScoped
public class AxonConfiguration {

    static final String READ_MODEL = "concern-view";
    static final String PUBLICATION = "case-events-publication";

    @Inject
    DataSource dataSource;
    @Inject
    jakarta.transaction.TransactionManager jta;
    @Inject
    ConcernViewProjection readModel;
    @Inject
    CloudEventPublisher publisher;
    @ConfigProperty(name = "concerntrail.snapshot-threshold", defaultValue = "50")
    int snapshotThreshold;
    @ConfigProperty(name = "concerntrail.publication.segments", defaultValue = "4")
    int publicationSegments;

    private Configuration axon;
    /** Snapshots are taken on their own thread and in their own transaction, never in a request's. */
    private final ExecutorService snapshots = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "concern-snapshotter");
        thread.setDaemon(true);
        return thread;
    });

    void start(@Observes StartupEvent startup) {
        axon().start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (axon != null) {
            axon.shutdown();
        }
        snapshots.shutdown();
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return axon().commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return axon().eventStore();
    }

    private synchronized Configuration axon() {
        if (axon == null) {
            axon = build();
        }
        return axon;
    }

    private Configuration build() {
        TransactionManager transactions = new JtaTransactionManager(jta);
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        AxonJackson jackson = new AxonJackson();
        // PostgreSQL's unique violation: a concurrent append to the same concern, or a duplicate creation
        PersistenceExceptionResolver duplicates = new SQLStateResolver("23505");

        return DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> jackson.messages())
                .configureMessageSerializer(c -> jackson.messages())
                .configureEventSerializer(c -> jackson.messages())
                .configureTransactionManager(c -> transactions)
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(AxonTables.events())
                        .eventSerializer(jackson.messages())
                        .snapshotSerializer(jackson.snapshots())
                        .persistenceExceptionResolver(duplicates)
                        .upcasterChain(c.upcasterChain())
                        // skips snapshots of an older @Revision of the aggregate: they are replayed instead
                        .snapshotFilter(c.snapshotFilter())
                        .build())
                .configureSnapshotter(c -> AggregateSnapshotter.builder()
                        .eventStore(c.eventStore())
                        .aggregateFactories(c.aggregateConfiguration(Concern.class).aggregateFactory())
                        .repositoryProvider(c::repository)
                        .parameterResolverFactory(c.parameterResolverFactory())
                        .handlerDefinition(c.handlerDefinition(Concern.class))
                        .transactionManager(transactions)
                        .executor(snapshots)
                        .build())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Concern.class)
                        .configureSnapshotTrigger(c ->
                                new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotThreshold)))
                .eventProcessing(processing -> processing
                        .registerTokenStore(c -> JdbcTokenStore.builder()
                                .connectionProvider(connections)
                                .schema(AxonTables.tokens())
                                .serializer(jackson.messages())
                                // well beyond the publisher's ack timeout: a slow send never loses the claim
                                .claimTimeout(Duration.ofSeconds(30))
                                .build())
                        // a failing handler fails its unit of work: no read model drift, no skipped publication
                        .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                        .registerSubscribingEventProcessor(READ_MODEL)
                        .registerEventHandler(c -> readModel)
                        .assignHandlerInstancesMatching(READ_MODEL, h -> h == readModel)
                        .registerPooledStreamingEventProcessor(PUBLICATION, Configuration::eventStore,
                                (c, builder) -> builder.initialSegmentCount(publicationSegments))
                        .registerEventHandler(c -> publisher)
                        .assignHandlerInstancesMatching(PUBLICATION, h -> h == publisher))
                .buildConfiguration();
    }
}
