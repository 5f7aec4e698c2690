package no.concerntrail.cases.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The only writer of the concern_view read model. It runs in the transaction that appends the
 * events (a subscribing processor), so GET after POST always shows the change; the row's version is
 * the sequence number of the concern's last event, which is what If-Match must carry.
 */
@Singleton
public class ConcernViewProjection {

    @Inject
    DataSource dataSource;

    @EventHandler
    void on(ConcernReceived e, @SequenceNumber long version) {
        update("""
                INSERT INTO concern_view (concern_id, version, status, level, category, source, summary,
                  subject_name, birth_date, municipality, received_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, e.concernId());
            s.setLong(2, version);
            s.setString(3, ConcernStatus.RECEIVED.name());
            s.setString(4, e.level().name());
            s.setString(5, e.category().name());
            s.setString(6, e.source().name());
            s.setString(7, e.summary());
            s.setString(8, e.subject().name());
            s.setObject(9, e.subject().birthDate());
            s.setString(10, e.subject().municipality());
            s.setTimestamp(11, Timestamp.from(e.at()));
            s.setTimestamp(12, Timestamp.from(e.at()));
        });
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

    /** Sets the given columns (one value per {@code ?}), the version and the time of the event. */
    private void change(ConcernEvent e, long version, String assignments, Object... values) {
        update("UPDATE concern_view SET " + assignments + ", version = ?, updated_at = ? WHERE concern_id = ?",
                s -> {
                    for (int i = 0; i < values.length; i++) {
                        s.setObject(i + 1, values[i]);
                    }
                    s.setLong(values.length + 1, version);
                    s.setTimestamp(values.length + 2, Timestamp.from(e.at()));
                    s.setObject(values.length + 3, e.concernId());
                });
    }

    private void update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the concern read model", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
