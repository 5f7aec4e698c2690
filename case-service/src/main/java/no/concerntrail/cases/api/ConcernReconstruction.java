package no.concerntrail.cases.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.projection.ConcernView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A concern as it was known at a moment: its own events from the event store (from the first, never a snapshot),
 * those stored up to that moment, folded by the same rules the read model follows ({@link ConcernView#after}).
 */
@Singleton
public class ConcernReconstruction {

    @Inject
    EventStore eventStore;

    /** Empty when the concern did not exist yet at {@code moment}, or not at all. */
    public Optional<ConcernAsOf> asOf(UUID concernId, Instant moment) {
        DomainEventStream stream = eventStore.readEvents(concernId.toString(), 0);
        ConcernView view = null;
        int events = 0;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(moment)) {
                break; // in sequence: what was stored after this was not known at the moment either
            }
            view = view == null ? ConcernView.received((ConcernReceived) event.getPayload(), event.getSequenceNumber())
                    : view.after((ConcernEvent) event.getPayload(), event.getSequenceNumber());
            events++;
        }
        int replayed = events;
        return Optional.ofNullable(view).map(found -> new ConcernAsOf(moment, replayed, found));
    }
}
