package no.concerntrail.cases.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.TriageOutcome;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.police.PoliceTime;

/** Queries on the concern read model. */
@Singleton
public class ConcernViews {

    private static final String COLUMNS = "concern_id, version, district, status, level, category, source, summary, subject_name, "
            + "birth_date, municipality, assignee, triage, received_at, updated_at, erased";

    private final Jdbc jdbc;

    @Inject
    public ConcernViews(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public record Page(List<ConcernView> items, int page, int size, long total) {
    }

    public Optional<ConcernView> find(UUID concernId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM concern_view WHERE concern_id = ?", ConcernViews::read,
                concernId);
    }

    /** The concern's subject's age in whole years at that moment (in Norway); empty for a concern it does not know. */
    public Optional<Integer> ageAt(UUID concernId, Instant at) {
        return jdbc.queryOne("SELECT birth_date FROM concern_view WHERE concern_id = ? AND birth_date IS NOT NULL",
                row -> row.getObject(1, LocalDate.class), concernId).map(birthDate -> PoliceTime.age(birthDate, at));
    }

    /** The concerns about the person with this national identity number that are not erased yet. */
    public List<UUID> ofPerson(String nationalIdentityNumber) {
        return jdbc.query("SELECT concern_id FROM concern_view WHERE national_id = ? AND NOT erased ORDER BY received_at",
                row -> row.getObject(1, UUID.class), nationalIdentityNumber);
    }

    /**
     * Newest first, only what the caller may see: the concerns of their district and those assigned to them; a null
     * filter matches everything else.
     */
    public Page list(String callersDistrict, String caller, ConcernStatus status, String assignee, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE (district = ? OR assignee = ?)");
        List<Object> filter = new ArrayList<>(Arrays.asList(callersDistrict, caller));
        if (status != null) {
            where.append(" AND status = ?");
            filter.add(status.name());
        }
        if (assignee != null) {
            where.append(" AND assignee = ?");
            filter.add(assignee);
        }
        List<Object> paged = new ArrayList<>(filter);
        paged.add(size);
        paged.add((long) page * size);
        List<ConcernView> items = jdbc.query("SELECT " + COLUMNS + " FROM concern_view" + where
                + " ORDER BY received_at DESC, concern_id LIMIT ? OFFSET ?", ConcernViews::read, paged.toArray());
        long total = jdbc.queryOne("SELECT count(*) FROM concern_view" + where, row -> row.getLong(1), filter.toArray())
                .orElseThrow();
        return new Page(items, page, size, total);
    }

    private static ConcernView read(ResultSet row) throws SQLException {
        String triage = row.getString("triage");
        return new ConcernView(
                row.getObject("concern_id", UUID.class),
                row.getLong("version"),
                row.getString("district"),
                ConcernStatus.valueOf(row.getString("status")),
                ConcernLevel.valueOf(row.getString("level")),
                ConcernCategory.valueOf(row.getString("category")),
                ConcernSource.valueOf(row.getString("source")),
                row.getString("summary"),
                row.getString("subject_name"),
                row.getObject("birth_date", LocalDate.class),
                row.getString("municipality"),
                row.getString("assignee"),
                triage == null ? null : TriageOutcome.valueOf(triage),
                row.getTimestamp("received_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getBoolean("erased"));
    }
}
