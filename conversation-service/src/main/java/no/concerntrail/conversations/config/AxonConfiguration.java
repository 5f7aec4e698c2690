package no.concerntrail.conversations.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import no.concerntrail.conversations.domain.Conversation;
import no.concerntrail.conversations.projection.ConversationProjection;
import no.concerntrail.platform.axon.AxonRuntime;
import no.concerntrail.platform.axon.EventSourcedService;
import no.concerntrail.platform.events.CloudEventPublisher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Conversation aggregate in conversation-service's own event store, its read models fed in the
 * append's transaction, and the publication to {@code concerntrail.conversation.events}.
 */
@ApplicationScoped
public class AxonConfiguration {

    static final String READ_MODEL = "conversation-views";
    static final String PUBLICATION = "conversation-events-publication";

    @Inject
    DataSource dataSource;
    @Inject
    jakarta.transaction.TransactionManager jta;
    @Inject
    ConversationProjection readModel;
    @Inject
    CloudEventPublisher publisher;
    @ConfigProperty(name = "concerntrail.snapshot-threshold", defaultValue = "50")
    int snapshotThreshold;
    @ConfigProperty(name = "concerntrail.publication.segments", defaultValue = "4")
    int publicationSegments;

    private final AxonRuntime axon = new AxonRuntime("conversation-snapshotter", () -> new EventSourcedService(
            dataSource, jta, Conversation.class, snapshotThreshold, READ_MODEL, readModel, PUBLICATION, publisher,
            publicationSegments, ConcernOrder.POLICY));

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
