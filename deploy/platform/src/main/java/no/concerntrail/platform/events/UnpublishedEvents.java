package no.concerntrail.platform.events;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import org.jboss.logging.Logger;

/**
 * Stored events the publication can never map to the published contract as they are (a payload this version cannot
 * read, a mapping that fails on it), or a projection cannot take in, parked in the service's {@code unpublished_event} table in the publication's
 * own transaction, so the events behind them keep flowing and nothing is skipped unseen: readiness and a metric
 * count them, and an operator retries one after a fix. Where the event is, never what it says.
 */
@Singleton
public class UnpublishedEvents {

    private static final Logger LOG = Logger.getLogger(UnpublishedEvents.class);

    /** One parked stored event: which publication could not map it, where it is in the event store, and why. */
    public record Unpublished(long id, String publication, long globalIndex, String eventIdentifier, String aggregateIdentifier,
                              long sequenceNumber, String payloadType, String reason, Instant parkedAt) {
    }

    private static final String COLUMNS = "id, publication, global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "payload_type, reason, parked_at";

    private final Jdbc jdbc;

    @Inject
    public UnpublishedEvents(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * Parks the event for one publication (once: parking it again, e.g. after a failed retry, keeps one row with the
     * latest reason); another publication of the same event is not held up by it.
     */
    public void park(String publication, EventMessage<?> stored, String reason) {
        long globalIndex = stored instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(-1) : -1;
        DomainEventMessage<?> domain = (DomainEventMessage<?>) stored;
        String payloadType = payloadType(stored);
        jdbc.update("""
                INSERT INTO unpublished_event (publication, global_index, event_identifier, aggregate_identifier,
                  sequence_number, payload_type, reason) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (publication, global_index) DO UPDATE SET reason = EXCLUDED.reason, parked_at = now()""",
                publication, globalIndex, stored.getIdentifier(), domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                payloadType, reason);
        LOG.errorf("Stored event %s (%s, global index %d) is not published by %s, parked: %s",
                stored.getIdentifier(), payloadType, globalIndex, publication, reason);
    }

    public long count() {
        return jdbc.queryOne("SELECT count(*) FROM unpublished_event", row -> row.getLong(1)).orElse(0L);
    }

    /** Oldest first. */
    public List<Unpublished> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM unpublished_event ORDER BY global_index, publication",
                UnpublishedEvents::read);
    }

    public Optional<Unpublished> find(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM unpublished_event WHERE id = ?", UnpublishedEvents::read, id);
    }

    /** Published after all (a retry after a fix). */
    public void remove(long id) {
        jdbc.update("DELETE FROM unpublished_event WHERE id = ?", id);
    }

    /** All of one processor's, which it is about to read again from the first event (a projection's rebuild). */
    public void removeAll(String publication) {
        jdbc.update("DELETE FROM unpublished_event WHERE publication = ?", publication);
    }

    /** The stored type's name, also of a class this version does not have. */
    private static String payloadType(EventMessage<?> stored) {
        Class<?> type = stored.getPayloadType();
        return type == UnknownSerializedType.class
                ? ((UnknownSerializedType) stored.getPayload()).serializedType().getName() : type.getName();
    }

    private static Unpublished read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Unpublished(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                row.getLong(6), row.getString(7), row.getString(8), row.getTimestamp(9).toInstant());
    }
}
