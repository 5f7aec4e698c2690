package no.concerntrail.cases.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import javax.sql.DataSource;
import no.concerntrail.cases.analytics.PersonSalts;
import no.concerntrail.cases.domain.Subject;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.platform.erasure.SubjectKeys;
import no.concerntrail.platform.jdbc.Jdbc;

/**
 * What erasing a concern does to what case-service keeps, in the transaction that appends {@link ConcernErased}: its
 * key goes (every stored event and snapshot of it reads without its personal data from then on), its view loses the
 * summary and the subject, its timeline what other services wrote, and the person's pseudonym its salt if this was the
 * last of their concerns. Who erased it stays, in the event.
 */
@Singleton
public class ConcernErasure {

    private final Jdbc jdbc;
    private final SubjectKeys keys;
    private final PersonSalts persons;

    @Inject
    public ConcernErasure(DataSource dataSource, SubjectKeys keys, PersonSalts persons) {
        this.jdbc = new Jdbc(dataSource);
        this.keys = keys;
        this.persons = persons;
    }

    void erase(ConcernErased e, long version) {
        keys.erase(e.concernId(), e.actor());
        // who the person was, read before it goes: their pseudonym's salt goes with the last of their concerns
        jdbc.queryOne("SELECT subject_name, birth_date, national_id FROM concern_view WHERE concern_id = ?",
                row -> new Subject(row.getString(1), row.getObject(2, LocalDate.class), row.getString(3), null),
                e.concernId()).ifPresent(persons::erased);
        jdbc.update("UPDATE concern_view SET version = ?, summary = NULL, subject_name = NULL, birth_date = NULL, "
                + "municipality = NULL, national_id = NULL, erased = true, updated_at = ? WHERE concern_id = ?",
                version, e.at(), e.concernId());
        jdbc.update("UPDATE concern_timeline SET data = NULL WHERE concern_id = ?",
                e.concernId());
    }
}
