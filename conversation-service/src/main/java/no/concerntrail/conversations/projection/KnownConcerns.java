package no.concerntrail.conversations.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.conversations.domain.ConcernAsKnown;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.platform.jdbc.Jdbc;

/** The concerns conversation-service knows of, kept from case-service's events by the case events reader. */
@Singleton
public class KnownConcerns {

    private final Jdbc jdbc;

    @Inject
    public KnownConcerns(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<ConcernAsKnown> find(UUID concernId) {
        return jdbc.queryOne("SELECT status, subject_birth_date FROM known_concern WHERE concern_id = ?",
                row -> new ConcernAsKnown(KnownConcernStatus.valueOf(row.getString(1)),
                        row.getObject(2, LocalDate.class)), concernId);
    }

    public void received(UUID concernId, LocalDate subjectBirthDate, Instant at) {
        jdbc.update("INSERT INTO known_concern (concern_id, status, subject_birth_date, updated_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (concern_id) DO NOTHING",
                concernId, KnownConcernStatus.RECEIVED.name(), subjectBirthDate, at);
    }

    /** @return false when the concern is unknown */
    public boolean statusChanged(UUID concernId, KnownConcernStatus status, Instant at) {
        return jdbc.update("UPDATE known_concern SET status = ?, updated_at = ? WHERE concern_id = ?",
                status.name(), at, concernId) == 1;
    }

}
