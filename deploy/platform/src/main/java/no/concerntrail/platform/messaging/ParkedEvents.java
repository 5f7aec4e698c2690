package no.concerntrail.platform.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Consumed events that can never take effect as they are (the database refuses a value they carry: too long, out of
 * range, not allowed), parked in the service's {@code parked_event} table so that the events behind them on their
 * partition keep flowing; the readiness check reports how many there are. A failure that may pass is never parked:
 * it is retried for as long as it lasts.
 */
@Singleton
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    /** One parked event: where its record is, and the kind of failure, never the data. */
    public record Parked(long id, String ceId, String ceType, String topic, int partition, long offset, String reason) {
    }

    private final Jdbc jdbc;

    @Inject
    public ParkedEvents(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * The reason a failure will not pass, naming only its kind (a PostgreSQL data exception or constraint, whose
     * message could quote the value); empty when it may pass and is to be retried.
     */
    static Optional<String> neverPasses(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().equals("23502")
                    || sql.getSQLState().equals("23514"))) {
                return Optional.of("PostgreSQL refused a value it carries (SQLState " + sql.getSQLState() + ")");
            }
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void park(ConsumerRecord<?, ?> record, IncomingCloudEvent event, String reason) {
        // once per record, however often it is retried
        jdbc.update("INSERT INTO parked_event (ce_id, ce_type, topic, kafka_partition, kafka_offset, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (topic, kafka_partition, kafka_offset) "
                + "DO UPDATE SET reason = EXCLUDED.reason, parked_at = now()", event.id(), event.type(), record.topic(),
                record.partition(), record.offset(), reason);
        LOG.errorf("%s %s at %s-%d@%d is parked: %s", event.type(), event.id(), record.topic(), record.partition(),
                record.offset(), reason);
    }

    public long count() {
        return jdbc.queryOne("SELECT count(*) FROM parked_event", row -> row.getLong(1)).orElse(0L);
    }

    public Optional<Parked> find(long id) {
        return jdbc.queryOne("SELECT id, ce_id, ce_type, topic, kafka_partition, kafka_offset, reason FROM parked_event "
                + "WHERE id = ?", ParkedEvents::read, id);
    }

    /** Took effect after all (a retry after a fix). */
    public void remove(long id) {
        jdbc.update("DELETE FROM parked_event WHERE id = ?", id);
    }

    /** Oldest first. */
    public List<Parked> all() {
        return jdbc.query("SELECT id, ce_id, ce_type, topic, kafka_partition, kafka_offset, reason FROM parked_event "
                + "ORDER BY id", ParkedEvents::read);
    }

    private static Parked read(java.sql.ResultSet row) throws SQLException {
        return new Parked(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                row.getLong(6), row.getString(7));
    }
}
