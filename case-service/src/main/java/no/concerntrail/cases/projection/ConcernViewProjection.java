package no.concerntrail.cases.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import no.concerntrail.cases.analytics.PersonSalts;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.platform.jdbc.Jdbc;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The only writer of the concern_view read model. It runs in the transaction that appends the
 * events (a subscribing processor), so GET after POST always shows the change; the row's version is
 * the sequence number of the concern's last event, which is what If-Match must carry. What an event does to the
 * concern, {@link ConcernView} says; this stores the result.
 */
@Singleton
public class ConcernViewProjection {

    private final Jdbc jdbc;
    private final ConcernViews views;
    private final ConcernErasure erasure;
    private final PersonSalts persons;

    @Inject
    public ConcernViewProjection(DataSource dataSource, ConcernViews views, ConcernErasure erasure,
                                 PersonSalts persons) {
        this.jdbc = new Jdbc(dataSource);
        this.views = views;
        this.erasure = erasure;
        this.persons = persons;
    }

    @EventHandler
    void on(ConcernReceived e, @SequenceNumber long version) {
        ConcernView view = ConcernView.received(e, version);
        jdbc.update("""
                INSERT INTO concern_view (concern_id, version, status, level, category, source, summary,
                  subject_name, birth_date, municipality, national_id, district, received_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", view.concernId(), view.version(),
                view.status().name(), view.level().name(), view.category().name(), view.source().name(),
                view.summary(), view.subjectName(), view.birthDate(), view.municipality(),
                e.subject() == null ? null : e.subject().nationalIdentityNumber(), view.district(),
                view.receivedAt(), view.updatedAt());
        persons.received(e.subject());
    }

    @EventHandler
    void on(ConcernErased e, @SequenceNumber long version) {
        erasure.erase(e, version);
    }

    /** Every later event: the row as it was, after the event (in the append's transaction, so it is there). */
    @EventHandler
    void on(ConcernEvent e, @SequenceNumber long version) {
        ConcernView view = views.find(e.concernId()).orElseThrow(() -> new IllegalStateException(
                "Concern " + e.concernId() + " has no view to change")).after(e, version);
        jdbc.update("UPDATE concern_view SET version = ?, district = ?, status = ?, level = ?, assignee = ?, "
                        + "triage = ?, updated_at = ? WHERE concern_id = ?", view.version(), view.district(),
                view.status().name(), view.level().name(), view.assignee(),
                view.triage() == null ? null : view.triage().name(), view.updatedAt(), view.concernId());
    }
}
