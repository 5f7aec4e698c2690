package no.concerntrail.cases.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.concerntrail.platform.events.EventType;
import no.concerntrail.platform.events.Publication;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jboss.logging.Logger;

/**
 * The analysts' history replayed from the event store, from its first event to the last stored when the replay
 * began: each event as {@link AnalystsHistory} publishes it, written as one CloudEvent (JSON format) per line the
 * moment it is read. The store is read in batches and nothing is kept, so memory stays the same whatever the
 * history's length.
 */
@Singleton
public class AnalyticsReplay {

    private static final Logger LOG = Logger.getLogger(AnalyticsReplay.class);
    private static final byte[] NEWLINE = {'\n'};

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    EventStore eventStore;
    @Inject
    AnalystsHistory history;

    /** Which events: stored from {@code from} (inclusive) to {@code to} (exclusive), of these names (all if empty). */
    public record Window(Instant from, Instant to, Set<String> types) {

        boolean holds(EventMessage<?> stored) {
            return (from == null || !stored.getTimestamp().isBefore(from))
                    && (to == null || stored.getTimestamp().isBefore(to));
        }

        boolean holds(String ceType) {
            return types.isEmpty() || EventType.parse(ceType).map(type -> types.contains(type.name())).orElse(false);
        }
    }

    /** Writes the window's events to {@code out}, one line each; returns how many. */
    public long write(Window window, OutputStream out) {
        try (BlockingStream<TrackedEventMessage<?>> stored = eventStore.openStream(null)) {
            return write(window, available(stored), out);
        }
    }

    /**
     * What is in the store when the replay begins, read batch by batch; events stored meanwhile are for the next
     * replay, or the topic.
     */
    private static Iterator<EventMessage<?>> available(BlockingStream<TrackedEventMessage<?>> stored) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stored.hasNextAvailable();
            }

            @Override
            public EventMessage<?> next() {
                try {
                    return stored.nextAvailable();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("The replay was interrupted", e);
                }
            }
        };
    }

    /** Writes the window's events from {@code stored} to {@code out}, one line each, as read; returns how many. */
    long write(Window window, Iterator<? extends EventMessage<?>> stored, OutputStream out) {
        long written = 0;
        while (stored.hasNext()) {
            written += write(window, stored.next(), out);
        }
        return written;
    }

    private int write(Window window, EventMessage<?> stored, OutputStream out) {
        if (!window.holds(stored)) {
            return 0;
        }
        int written = 0;
        try {
            for (Publication publication : history.of(stored)) {
                if (window.holds(publication.event().type())) {
                    out.write(json.writeValueAsBytes(cloudEvent(stored, publication)));
                    out.write(NEWLINE);
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The analyst's connection broke off", e);
        } catch (RuntimeException unmappable) {
            // the analysts' feed parks it for an operator too; the replay goes on without it
            LOG.warnf("Stored event %s left out of the replay: %s", stored.getIdentifier(),
                    unmappable.getClass().getSimpleName());
        }
        return written;
    }

    /** CloudEvents 1.0 in its JSON format, as the topic's binary mode carries the same attributes in headers. */
    private static Map<String, Object> cloudEvent(EventMessage<?> stored, Publication publication) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", stored.getIdentifier());
        event.put("source", AnalystsHistory.SOURCE);
        event.put("type", publication.event().type());
        event.put("subject", publication.event().subject());
        event.put("time", stored.getTimestamp().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", publication.event().data());
        return event;
    }
}
