package no.concerntrail.cases.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.TriageOutcome;

/** Queries on the concern read model. */
@Singleton
public class ConcernViews {

    private static final String COLUMNS = "concern_id, version, status, level, category, source, summary, subject_name, "
            + "birth_date, municipality, assignee, triage, received_at, updated_at";

    @Inject
    DataSource dataSource;

    public record Page(List<ConcernView> items, int page, int size, long total) {
    }

    public Optional<ConcernView> find(UUID concernId) {
        List<ConcernView> found = query("SELECT " + COLUMNS + " FROM concern_view WHERE concern_id = ?",
                List.of(concernId));
        return found.stream().findFirst();
    }

    /** Newest first; a null filter matches everything. */
    public Page list(ConcernStatus status, String assignee, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> filter = new ArrayList<>();
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
        List<ConcernView> items = query("SELECT " + COLUMNS + " FROM concern_view" + where
                + " ORDER BY received_at DESC, concern_id LIMIT ? OFFSET ?", paged);
        return new Page(items, page, size, count("SELECT count(*) FROM concern_view" + where, filter));
    }

    private List<ConcernView> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<ConcernView> result = new ArrayList<>();
            while (rows.next()) {
                result.add(read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the concern read model", e);
        }
    }

    private long count(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the concern read model", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static ConcernView read(ResultSet row) throws SQLException {
        String triage = row.getString("triage");
        return new ConcernView(
                row.getObject("concern_id", UUID.class),
                row.getLong("version"),
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
                row.getTimestamp("updated_at").toInstant());
    }
}
