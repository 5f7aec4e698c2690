package no.concerntrail.platform.audit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.security.NeedToKnow;

/**
 * The usage log of personal data the law asks for: who read which concern's personal data, when and
 * how, kept in the service's own {@code personal_data_access} table for as long as the retention
 * rule says (see {@link AccessLogRetention}). Writes are in the event store already; this is reads.
 */
@Singleton
public class AccessLog {

    /** @param reason why a team lead broke the glass to open another district's concern; null otherwise */
    public record Entry(Instant at, String actor, String action, String reason) {
    }

    @Inject
    DataSource dataSource;

    /** One row per concern shown, so each person's log is complete on its own. */
    public void record(String actor, String action, Collection<UUID> concernIds) {
        insert(actor, action, concernIds, null);
    }

    /** A team lead opened another district's concern, saying why (see NeedToKnow). */
    public void recordBrokenGlass(String actor, UUID concernId, String reason) {
        insert(actor, NeedToKnow.BROKEN_GLASS, List.of(concernId), reason);
    }

    private void insert(String actor, String action, Collection<UUID> concernIds, String reason) {
        if (concernIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO personal_data_access "
                     + "(at, actor, action, concern_id, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (UUID concernId : concernIds) {
                insert.setTimestamp(1, now);
                insert.setString(2, actor);
                insert.setString(3, action);
                insert.setObject(4, concernId);
                insert.setString(5, reason);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // no answer with personal data without its log entry
            throw new IllegalStateException("Could not record the access to personal data", e);
        }
    }

    /** Oldest first. */
    public List<Entry> of(UUID concernId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT at, actor, action, reason FROM personal_data_access WHERE concern_id = ? "
                             + "ORDER BY at, id")) {
            select.setObject(1, concernId);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getTimestamp("at").toInstant(), rows.getString("actor"),
                            rows.getString("action"), rows.getString("reason")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the access log", e);
        }
    }

    /** Deletes entries older than the cutoff; returns how many. The one delete the runtime role may make here. */
    public int deleteOlderThan(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement purge = connection.prepareStatement("SELECT purge_personal_data_access(?)")) {
            purge.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet deleted = purge.executeQuery()) {
                deleted.next();
                return deleted.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge the access log", e);
        }
    }
}
