package no.concerntrail.cases.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.concerntrail.cases.domain.event.ConcernEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** A concern's full history, straight from the event store (from the first event, never a snapshot). */
@Singleton
public class ConcernHistory {

    @Inject
    EventStore eventStore;

    public List<HistoryEntry> of(UUID concernId) {
        DomainEventStream stream = eventStore.readEvents(concernId.toString(), 0);
        List<HistoryEntry> entries = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            String actor = event.getPayload() instanceof ConcernEvent concern ? concern.actor() : null;
            entries.add(new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), actor, event.getPayload()));
        }
        return entries;
    }
}
