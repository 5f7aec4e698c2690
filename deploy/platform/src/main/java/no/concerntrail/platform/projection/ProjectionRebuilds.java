package no.concerntrail.platform.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import no.concerntrail.platform.events.UnpublishedEvents;
import no.concerntrail.platform.rules.RuleViolation;
import no.concerntrail.platform.service.ServiceRuntime;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Rebuilds a projection by replay: its processor stops, its token is reset (its {@code @ResetHandler} empties its
 * tables in that transaction), and it reads the event store again from the first event, while the service runs on.
 * The replica asked must hold the whole projection (resetting claims every segment, and is refused while another
 * replica holds one); it follows the rebuild, so ask it for the progress.
 * Progress is the processor's own position (its slowest segment's) against the last event stored when the rebuild
 * began.
 */
@Singleton
public class ProjectionRebuilds {

    /** A rebuild needs every segment of the projection: a replica elsewhere that holds one must stop first. */
    public static final String HELD_ELSEWHERE = "projection-held-elsewhere";
    /** A rebuild runs to its end: another one would empty the projection again halfway. */
    public static final String ALREADY_REBUILDING = "projection-already-rebuilding";

    /**
     * How far a rebuild has come.
     *
     * @param done             the position in the event store the projection has reached (its slowest segment); a
     *                         position, not a count: an append rolled back leaves its number unused
     * @param total            the position of the last event stored when the rebuild began, or now when none did
     * @param eventsPerSecond  since the rebuild began, until it ended; null when none has in this process
     * @param secondsLeft      at that rate; null when not known
     * @param failing          a part of the projection fails and is retrying its batch (the service's log says why):
     *                         it will not get further until that is fixed
     */
    public record Progress(String projection, boolean rebuilding, long done, long total, Double eventsPerSecond,
                           Long secondsLeft, boolean failing) {
    }

    /** A rebuild begun in this process; its rate is fixed once it is done. */
    private record Started(Instant at, long total, Double finalRate) {
    }

    private final Map<String, Started> started = new ConcurrentHashMap<>();

    @Inject
    ServiceRuntime runtime;
    @Inject
    EventStore eventStore;
    @Inject
    UnpublishedEvents unpublished;

    /** Starts the rebuild and returns at once: the processor works on in the background. */
    public synchronized Progress rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        if (progress(name).rebuilding()) {
            throw RuleViolation.conflict(ALREADY_REBUILDING, name + " is being rebuilt; follow it, it ends by itself");
        }
        long total = position(eventStore.createHeadToken());
        processor.shutDown();
        try {
            processor.resetTokens();
            unpublished.removeAll(name); // what it parked, it meets again: parked again if it fails again
        } catch (UnableToClaimTokenException held) {
            throw RuleViolation.conflict(HELD_ELSEWHERE, "Another replica holds a segment of " + name
                    + "; stop it (or wait until its claim expires) and rebuild again");
        } finally {
            processor.start();
        }
        started.put(name, new Started(Instant.now(), total, null));
        return progress(name);
    }

    public Progress progress(String name) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        // Axon counts a replay as over only once an event after the reset point arrives: the position says more
        long done = segments.values().stream().mapToLong(status -> orZero(status.getCurrentPosition())).min()
                .orElse(0);
        boolean failing = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        Started rebuild = started.get(name);
        if (rebuild == null) {
            return new Progress(name, false, done, position(eventStore.createHeadToken()), null, null, failing);
        }
        boolean rebuilding = done < rebuild.total();
        if (rebuild.finalRate() != null) {
            return new Progress(name, rebuilding, done, rebuild.total(), rebuild.finalRate(), 0L, failing);
        }
        double seconds = Math.max(Duration.between(rebuild.at(), Instant.now()).toMillis(), 1) / 1000.0;
        double rate = Math.round(Math.min(done, rebuild.total()) / seconds * 10) / 10.0;
        if (!rebuilding) {
            started.put(name, new Started(rebuild.at(), rebuild.total(), rate));
            return new Progress(name, false, done, rebuild.total(), rate, 0L, failing);
        }
        Long left = rate > 0 ? Long.valueOf(Math.round((rebuild.total() - done) / rate)) : null;
        return new Progress(name, true, done, rebuild.total(), rate, left, failing);
    }

    private StreamingEventProcessor processor(String name) {
        return runtime.projection(name).orElseThrow(() -> new NotFoundException("No projection " + name));
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : orZero(token.position());
    }

    private static long orZero(OptionalLong position) {
        return position.isPresent() ? position.getAsLong() : 0;
    }
}
