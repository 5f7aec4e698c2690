package no.concerntrail.cases.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.Concern;
import no.concerntrail.cases.projection.ConcernViewProjection;
import no.concerntrail.platform.axon.AxonRuntime;
import no.concerntrail.platform.axon.EventSourcedService;
import no.concerntrail.platform.events.CloudEventPublisher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Concern aggregate in case-service's own event store, the concern read model fed in the append's
 * transaction, and the publication to {@code concerntrail.case.events} (see {@link EventSourcedService}).
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

    private final AxonRuntime axon = new AxonRuntime("concern-snapshotter", () -> new EventSourcedService(
            dataSource, jta, Concern.class, snapshotThreshold, READ_MODEL, readModel, PUBLICATION, publisher,
            publicationSegments, null)); // the aggregate is the concern: Axon's default keeps each concern in order

    void start(@Observes StartupEvent startup) {
        axon.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        axon.shutdown();
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
