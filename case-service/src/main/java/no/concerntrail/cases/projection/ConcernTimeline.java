package no.concerntrail.cases.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.events.ContractJson;

/**
 * The concern's cross-service timeline: what other services reported about it (table concern_timeline).
 * Entries are only ever added, each in the transaction that claims its event's ce_id.
 */
@Singleton
public class ConcernTimeline {

    @Inject
    DataSource dataSource;

    /** The contract mapper, not the REST one: what is stored must not change with the API's tuning. */
    private final ObjectMapper json = ContractJson.mapper();

    /** A plain INSERT: the ce_id was claimed in this transaction, so a second entry for it is a bug, not a retry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TimelineEntry entry) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO concern_timeline (ce_id, concern_id, source, type, at, actor, data,
                       refused_rule, refused_detail)
                     VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?)""")) {
            insert.setString(1, entry.ceId());
            insert.setObject(2, entry.concernId());
            insert.setString(3, entry.source());
            insert.setString(4, entry.type());
            insert.setTimestamp(5, Timestamp.from(entry.at()));
            insert.setString(6, entry.actor());
            insert.setString(7, entry.data() == null ? null : json.writeValueAsString(entry.data()));
            insert.setString(8, entry.refusedRule());
            insert.setString(9, entry.refusedDetail());
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not add event " + entry.ceId() + " to the concern timeline", e);
        }
    }

    /** The concern's entries in time order. */
    public List<TimelineEntry> of(UUID concernId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT ce_id, concern_id, source, type, at, actor, data, refused_rule, refused_detail
                     FROM concern_timeline WHERE concern_id = ? ORDER BY at, ce_id""")) {
            select.setObject(1, concernId);
            List<TimelineEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the timeline of concern " + concernId, e);
        }
    }

    private TimelineEntry read(ResultSet row) throws SQLException, JsonProcessingException {
        String data = row.getString("data");
        JsonNode parsed = data == null ? null : json.readTree(data);
        return new TimelineEntry(row.getString("ce_id"), row.getObject("concern_id", UUID.class),
                row.getString("source"), row.getString("type"), row.getTimestamp("at").toInstant(),
                row.getString("actor"), parsed, row.getString("refused_rule"), row.getString("refused_detail"));
    }
}
