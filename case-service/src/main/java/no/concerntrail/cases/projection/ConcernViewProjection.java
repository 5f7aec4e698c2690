package no.concerntrail.cases.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Arrays;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import no.concerntrail.platform.jdbc.Jdbc;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The only writer of the concern_view read model. It runs in the transaction that appends the
 * events (a subscribing processor), so GET after POST always shows the change; the row's version is
 * the sequence number of the concern's last event, which is what If-Match must carry.
 */
@Singleton
public class ConcernViewProjection {

    private final Jdbc jdbc;

    @Inject
    public ConcernViewProjection(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @EventHandler
    void on(ConcernReceived e, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO concern_view (concern_id, version, status, level, category, source, summary,
                  subject_name, birth_date, municipality, district, received_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.concernId(), version, ConcernStatus.RECEIVED.name(),
                e.level().name(), e.category().name(), e.source().name(), e.summary(), e.subject().name(),
                e.subject().birthDate(), e.subject().municipality(), e.district() == null ? null : e.district().name(),
                e.at(), e.at());
    }

    @EventHandler
    void on(ConcernTriaged e, @SequenceNumber long version) {
        ConcernStatus status = e.outcome().closesConcern() ? ConcernStatus.CLOSED : ConcernStatus.OPEN;
        change(e, version, "status = ?, triage = ?", status.name(), e.outcome().name());
    }

    @EventHandler
    void on(ConcernAssigned e, @SequenceNumber long version) {
        change(e, version, "assignee = ?", e.assignee());
    }

    @EventHandler
    void on(ConcernRaised e, @SequenceNumber long version) {
        change(e, version, "level = ?", e.to().name());
    }

    @EventHandler
    void on(ConcernLowered e, @SequenceNumber long version) {
        change(e, version, "level = ?", e.to().name());
    }

    @EventHandler
    void on(ConcernClosed e, @SequenceNumber long version) {
        change(e, version, "status = ?", ConcernStatus.CLOSED.name());
    }

    /** Reopened after a triage closure it awaits triage again (and its triage is undone); after adoption it is open. */
    @EventHandler
    void on(ConcernReopened e, @SequenceNumber long version) {
        boolean toBeTriaged = e.status() == ConcernStatus.RECEIVED;
        change(e, version, toBeTriaged ? "status = ?, triage = NULL" : "status = ?", e.status().name());
    }

    @EventHandler
    void on(ConcernTransferred e, @SequenceNumber long version) {
        change(e, version, "district = ?", e.to().name());
    }

    /** Sets the given columns (one value per {@code ?}), the version and the time of the event. */
    private void change(ConcernEvent e, long version, String assignments, Object... values) {
        Object[] parameters = Arrays.copyOf(values, values.length + 3);
        parameters[values.length] = version;
        parameters[values.length + 1] = e.at();
        parameters[values.length + 2] = e.concernId();
        jdbc.update("UPDATE concern_view SET " + assignments + ", version = ?, updated_at = ? WHERE concern_id = ?",
                parameters);
    }
}
