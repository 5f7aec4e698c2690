package no.concerntrail.platform.retention;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;

/** A platform table's rows whose time column is older than the deadline: deleted. */
record TableRetention(String name, Duration keep, Jdbc jdbc, String table, String time) implements RetentionRule {

    TableRetention(String name, Duration keep, DataSource dataSource, String table, String time) {
        this(name, keep, new Jdbc(dataSource), table, time);
    }

    @Override
    public long due(Instant cutoff) {
        return jdbc.queryOne("SELECT count(*) FROM " + table + " WHERE " + time + " < ?", row -> row.getLong(1), cutoff)
                .orElse(0L);
    }

    @Override
    public int erase(Instant cutoff, String runBy) {
        return jdbc.update("DELETE FROM " + table + " WHERE " + time + " < ?", cutoff);
    }
}
