package no.concerntrail.referrals.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.security.NeedToKnow;
import no.concerntrail.referrals.domain.ConcernAsKnown;

/** The concerns referral-service knows of, kept from case-service's events by the case events handler. */
@Singleton
public class KnownConcerns {

    /** case-service's published statuses this table is kept by; RECEIVED changes neither flag. */
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    private final Jdbc jdbc;

    @Inject
    public KnownConcerns(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<ConcernAsKnown> find(UUID concernId) {
        return jdbc.queryOne("SELECT adopted, closed, subject_birth_date, erased FROM known_concern WHERE concern_id = ?",
                row -> new ConcernAsKnown(row.getBoolean(1), row.getBoolean(2), row.getObject(3, LocalDate.class),
                        row.getBoolean(4)), concernId);
    }

    /** Where the concern belongs, for need-to-know; nothing when it is unknown. */
    public Optional<NeedToKnow.Belonging> belonging(UUID concernId) {
        return jdbc.queryOne("SELECT district, assignee FROM known_concern WHERE concern_id = ?",
                row -> new NeedToKnow.Belonging(concernId, row.getString(1), row.getString(2)), concernId);
    }

    public void received(UUID concernId, String district, LocalDate subjectBirthDate, Instant at) {
        jdbc.update("INSERT INTO known_concern (concern_id, district, subject_birth_date, updated_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (concern_id) DO NOTHING", concernId, district, subjectBirthDate, at);
    }

    /** The concern was erased: its subject's birth date goes, and nothing more is referred about it. */
    public boolean erased(UUID concernId, Instant at) {
        return jdbc.update("UPDATE known_concern SET erased = true, subject_birth_date = NULL, updated_at = ? "
                + "WHERE concern_id = ?", at, concernId) == 1;
    }

    /** @return false when the concern is unknown */
    public boolean assigned(UUID concernId, String assignee, Instant at) {
        return jdbc.update("UPDATE known_concern SET assignee = ?, updated_at = ? WHERE concern_id = ?",
                assignee, at, concernId) == 1;
    }

    /** @return false when the concern is unknown */
    public boolean transferred(UUID concernId, String district, Instant at) {
        return jdbc.update("UPDATE known_concern SET district = ?, updated_at = ? WHERE concern_id = ?",
                district, at, concernId) == 1;
    }

    /**
     * An open concern has been adopted (at triage, or reopened after that), and stays adopted when it is closed: the
     * closing is what refuses a referral then.
     *
     * @return false when the concern is unknown
     */
    public boolean statusChanged(UUID concernId, String status, Instant at) {
        return jdbc.update("UPDATE known_concern SET adopted = adopted OR ?, closed = ?, updated_at = ? "
                + "WHERE concern_id = ?", OPEN.equals(status), CLOSED.equals(status), at, concernId) == 1;
    }
}
