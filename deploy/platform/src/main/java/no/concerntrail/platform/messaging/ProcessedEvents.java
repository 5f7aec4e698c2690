package no.concerntrail.platform.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import org.jboss.logging.Logger;

/**
 * The {@code ce_id}s a consumer has already handled, in the service's own {@code processed_event}
 * table. Kafka delivers at least once; claiming the id in the same transaction as the event's
 * effects makes each event take effect exactly once, however often it is delivered.
 */
@Singleton
public class ProcessedEvents {

    private static final Logger LOG = Logger.getLogger(ProcessedEvents.class);

    private final Jdbc jdbc;

    @Inject
    public ProcessedEvents(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * Runs {@code effect} in a new transaction that first claims the event's ce_id, unless it was handled before
     * (a concurrent delivery holding the claim makes this one wait for it). An exception rolls back both.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void once(IncomingCloudEvent event, Runnable effect) {
        if (claim(event.id(), event.type())) {
            effect.run();
        } else {
            LOG.debugf("%s %s was handled before; skipped", event.type(), event.id());
        }
    }

    /** Claims {@code ceId} for the running transaction: true the first time, false when it was handled before. */
    private boolean claim(String ceId, String ceType) {
        return jdbc.update("INSERT INTO processed_event (ce_id, ce_type) VALUES (?, ?) ON CONFLICT (ce_id) DO NOTHING",
                ceId, ceType) == 1;
    }
}
