package no.concerntrail.cases.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.jdbc.JsonColumns;

/**
 * The concern's cross-service timeline: what other services reported about it (table concern_timeline).
 * Entries are only ever added, each in the transaction that claims its event's ce_id.
 */
@Singleton
public class ConcernTimeline {

    private final Jdbc jdbc;

    @Inject
    public ConcernTimeline(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** A plain INSERT: the ce_id was claimed in this transaction, so a second entry for it is a bug, not a retry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TimelineEntry entry) {
        jdbc.update("""
                INSERT INTO concern_timeline (ce_id, concern_id, source, type, at, actor, data,
                  refused_rule, refused_detail)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?)""",
                entry.ceId(), entry.concernId(), entry.source(), entry.type(), entry.at(), entry.actor(),
                entry.data() == null ? null : JsonColumns.write(entry.data()), entry.refusedRule(), entry.refusedDetail());
    }

    /** The concern's entries in time order. */
    public List<TimelineEntry> of(UUID concernId) {
        return jdbc.query("""
                SELECT ce_id, concern_id, source, type, at, actor, data, refused_rule, refused_detail
                FROM concern_timeline WHERE concern_id = ? ORDER BY at, ce_id""", this::read, concernId);
    }

    private TimelineEntry read(ResultSet row) throws SQLException {
        String data = row.getString("data");
        return new TimelineEntry(row.getString("ce_id"), row.getObject("concern_id", UUID.class),
                row.getString("source"), row.getString("type"), row.getTimestamp("at").toInstant(),
                row.getString("actor"), data == null ? null : JsonColumns.tree(data, "concern_timeline.data"), row.getString("refused_rule"),
                row.getString("refused_detail"));
    }
}
