package no.concerntrail.platform.events;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;

/**
 * The {@code ce_id}s a consumer has already handled, in the service's own {@code processed_event}
 * table. Kafka delivers at least once; claiming the id in the same transaction as the event's
 * effects makes each event take effect exactly once, however often it is delivered.
 */
@Singleton
public class ProcessedEvents {

    private final Jdbc jdbc;

    @Inject
    public ProcessedEvents(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * Claims {@code ceId} for this transaction: true the first time, false when it was handled before
     * (or a concurrent delivery holds it; then this transaction waits for that one).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String ceId, String ceType) {
        return jdbc.update("INSERT INTO processed_event (ce_id, ce_type) VALUES (?, ?) ON CONFLICT (ce_id) DO NOTHING",
                ceId, ceType) == 1;
    }
}
