package no.concerntrail.cases.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.projection.ConcernTimeline;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A concern's full history: its own events straight from the event store (from the first event, never a
 * snapshot), with what other services reported about it (its timeline) merged in by time.
 */
@Singleton
public class ConcernHistory {

    @Inject
    EventStore eventStore;
    @Inject
    ConcernTimeline timeline;

    /** Empty when there is no such concern. */
    public List<HistoryEntry> of(UUID concernId) {
        List<HistoryEntry> own = ownEvents(concernId);
        if (own.isEmpty()) {
            return own;
        }
        return merged(own, timeline.of(concernId).stream().map(HistoryEntry::reported).toList());
    }

    private List<HistoryEntry> ownEvents(UUID concernId) {
        DomainEventStream stream = eventStore.readEvents(concernId.toString(), 0);
        List<HistoryEntry> entries = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            String actor = event.getPayload() instanceof ConcernEvent concern ? concern.actor() : null;
            entries.add(HistoryEntry.own(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), actor, event.getPayload()));
        }
        return entries;
    }

    /**
     * Both lists are in time order already. A merge rather than a sort keeps the concern's own events in
     * sequence order even where clocks disagree; at equal times the concern's own event comes first.
     */
    private static List<HistoryEntry> merged(List<HistoryEntry> own, List<HistoryEntry> reported) {
        List<HistoryEntry> merged = new ArrayList<>(own.size() + reported.size());
        int o = 0;
        int r = 0;
        while (o < own.size() || r < reported.size()) {
            boolean takeOwn = r == reported.size()
                    || (o < own.size() && !own.get(o).at().isAfter(reported.get(r).at()));
            merged.add(takeOwn ? own.get(o++) : reported.get(r++));
        }
        return merged;
    }
}
