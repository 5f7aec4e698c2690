package no.concerntrail.conversations.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.conversations.domain.ConcernAsKnown;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.security.NeedToKnow;

/** The concerns conversation-service knows of, kept from case-service's events by the case events reader. */
@Singleton
public class KnownConcerns {

    private final Jdbc jdbc;

    @Inject
    public KnownConcerns(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<ConcernAsKnown> find(UUID concernId) {
        return jdbc.queryOne("SELECT status, subject_birth_date, level, assigned FROM known_concern WHERE concern_id = ?",
                row -> new ConcernAsKnown(KnownConcernStatus.valueOf(row.getString(1)),
                        row.getObject(2, LocalDate.class), level(row.getString(3)), row.getBoolean(4)), concernId);
    }

    /** Where the concern belongs, for need-to-know; nothing when it is unknown. */
    public Optional<NeedToKnow.Belonging> belonging(UUID concernId) {
        return jdbc.queryOne("SELECT district, assignee FROM known_concern WHERE concern_id = ?",
                row -> new NeedToKnow.Belonging(concernId, row.getString(1), row.getString(2)), concernId);
    }

    public void received(UUID concernId, String district, LocalDate subjectBirthDate, ConcernLevel level, Instant at) {
        jdbc.update("INSERT INTO known_concern (concern_id, status, district, subject_birth_date, level, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (concern_id) DO NOTHING", concernId,
                KnownConcernStatus.RECEIVED.name(), district, subjectBirthDate, level == null ? null : level.name(), at);
    }

    /** @return false when the concern is unknown */
    public boolean levelChanged(UUID concernId, ConcernLevel level, Instant at) {
        return jdbc.update("UPDATE known_concern SET level = ?, updated_at = ? WHERE concern_id = ?",
                level.name(), at, concernId) == 1;
    }

    /** @return false when the concern is unknown */
    public boolean assigned(UUID concernId, String assignee, Instant at) {
        return jdbc.update("UPDATE known_concern SET assigned = TRUE, assignee = ?, updated_at = ? WHERE concern_id = ?",
                assignee, at, concernId) == 1;
    }

    private static ConcernLevel level(String name) {
        return name == null ? null : ConcernLevel.valueOf(name);
    }

    /** @return false when the concern is unknown */
    public boolean transferred(UUID concernId, String district, Instant at) {
        return jdbc.update("UPDATE known_concern SET district = ?, updated_at = ? WHERE concern_id = ?",
                district, at, concernId) == 1;
    }

    /** The concern was erased: its subject's birth date goes, and nothing more is planned about it. */
    public boolean erased(UUID concernId, Instant at) {
        return jdbc.update("UPDATE known_concern SET status = ?, subject_birth_date = NULL, updated_at = ? "
                + "WHERE concern_id = ?", KnownConcernStatus.ERASED.name(), at, concernId) == 1;
    }

    /** @return false when the concern is unknown */
    public boolean statusChanged(UUID concernId, KnownConcernStatus status, Instant at) {
        return jdbc.update("UPDATE known_concern SET status = ?, updated_at = ? WHERE concern_id = ?",
                status.name(), at, concernId) == 1;
    }

}
