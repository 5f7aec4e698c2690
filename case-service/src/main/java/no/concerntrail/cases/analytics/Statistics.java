package no.concerntrail.cases.analytics;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.platform.projection.ProjectionRebuilds;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The analysts' figures, counted from {@link StatisticsProjection}'s tables for a period of whole days (in Norway)
 * and grouped by year and/or district as asked, on top of each figure's own breakdown (kind, who held it, agency, ...).
 * A figure behind which stand fewer persons than {@code concerntrail.analytics.minimum-persons} is suppressed: it says
 * so and carries no value, so no figure singles anyone out. A share is suppressed when its whole is that small, or
 * either of its parts is (unless it is none); a median, when the concerns it is timed over are, and a 90th
 * percentile, which is near the slowest one's time, when they are fewer than twice that.
 */
@Singleton
public class Statistics {

    /** What a period's figures may be grouped by, besides each figure's own breakdown. */
    public enum Grouping {
        YEAR, DISTRICT;

        String dimension() {
            return name().toLowerCase();
        }
    }

    /**
     * One figure for one group.
     *
     * @param group      the group's values by dimension: year, district and the figure's own (kind, heldBy, ...)
     * @param measure    count, share, median or p90 (days for the times)
     * @param value      null when suppressed
     */
    public record Figure(String figure, Map<String, Object> group, String measure, Number value, boolean suppressed) {
    }

    /**
     * The figures of a period, from the start of the day {@code from} to the start of the day {@code to} (in Norway);
     * null ends are open. While its projection is being rebuilt, the figures are not yet complete: {@code rebuilding}.
     */
    @Schema(name = "StatisticsReport")
    public record Report(LocalDate from, LocalDate to, @Schema(maxItems = 2) List<String> groupBy, int minimumPersons,
                         boolean rebuilding, List<Figure> figures) {
    }

    private static final Instant OPEN_START = Instant.EPOCH;
    private static final Instant OPEN_END = Instant.parse("9999-01-01T00:00:00Z");
    private static final double DAY_SECONDS = 86_400.0;

    private final Jdbc jdbc;
    private final int minimumPersons;
    private final ProjectionRebuilds rebuilds;

    @Inject
    public Statistics(DataSource dataSource,
                      @ConfigProperty(name = "concerntrail.analytics.minimum-persons") int minimumPersons,
                      ProjectionRebuilds rebuilds) {
        this.jdbc = new Jdbc(dataSource);
        this.minimumPersons = minimumPersons;
        this.rebuilds = rebuilds;
    }

    /** Every figure from one snapshot of the tables, so the figures of one report add up. */
    @Transactional
    public Report of(LocalDate from, LocalDate to, List<Grouping> groupBy) {
        jdbc.update("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        boolean rebuilding = rebuilds.progress(StatisticsProjection.NAME).rebuilding();
        List<Figure> figures = new ArrayList<>();
        Period period = new Period(from == null ? OPEN_START : PoliceTime.startOf(from),
                to == null ? OPEN_END : PoliceTime.startOf(to), groupBy);
        figures.addAll(count("concerns-received", period.over("analytics_concern", "received_at"), "TRUE"));
        figures.addAll(count("conversations-held", period.over("analytics_conversation", "held_at", "kind"),
                "held_at IS NOT NULL"));
        figures.addAll(count("conversations-held-by-obligation",
                period.over("analytics_conversation", "held_at", "mandatory"), "held_at IS NOT NULL"));
        figures.addAll(adultsDeclined(period.over("analytics_conversation", "planned_at")));
        figures.addAll(count("conversation-outcomes-by-kind",
                period.over("analytics_conversation", "held_at", "kind", "outcome"), "held_at IS NOT NULL"));
        figures.addAll(count("conversation-outcomes-by-holder",
                period.over("analytics_conversation", "held_at", "held_by", "outcome"), "held_at IS NOT NULL"));
        figures.addAll(days("days-to-first-conversation", period.over("analytics_concern", "received_at"),
                "first_conversation_at", "received_at"));
        figures.addAll(days("days-to-first-lowering", period.over("analytics_concern", "received_at"),
                "first_lowered_at", "received_at"));
        figures.addAll(days("days-to-closing", period.over("analytics_concern", "received_at"), "closed_at",
                "received_at"));
        figures.addAll(count("referrals", period.over("analytics_referral", "made_at", "agency", "basis", "state"),
                "TRUE"));
        figures.addAll(days("days-to-partner-answer", period.over("analytics_referral", "made_at", "agency"),
                "first_answer_at", "made_at"));
        figures.addAll(count("concerns-reopened", period.over("analytics_concern", "received_at"), "reopened"));
        figures.addAll(repeatPersons(period.over("analytics_concern", "received_at")));
        return new Report(from, to, groupBy.stream().map(Grouping::dimension).toList(), minimumPersons, rebuilding,
                figures);
    }

    /** How many rows match, and of how many persons. */
    private List<Figure> count(String figure, Groups groups, String condition) {
        return jdbc.query("SELECT " + groups.select() + "COUNT(*) AS value, COUNT(DISTINCT person) AS persons FROM "
                        + groups.table() + groups.where(condition) + groups.groupBy(),
                row -> figure(figure, groups.read(row), "count", row.getLong("value"), row.getLong("persons")),
                groups.parameters());
    }

    /** Of the invitations to adults (never summoned), the share declined. */
    private List<Figure> adultsDeclined(Groups groups) {
        return jdbc.query("SELECT " + groups.select() + """
                        COUNT(*) AS invited, COUNT(declined_at) AS declined, COUNT(DISTINCT person) AS persons,
                        COUNT(DISTINCT person) FILTER (WHERE declined_at IS NOT NULL) AS declining,
                        COUNT(DISTINCT person) FILTER (WHERE declined_at IS NULL) AS agreeing FROM """
                        + " " + groups.table() + groups.where("adult AND NOT mandatory AND planned_at IS NOT NULL")
                        + groups.groupBy(),
                row -> {
                    boolean small = row.getLong("persons") < minimumPersons || few(row.getLong("declining"))
                            || few(row.getLong("agreeing"));
                    double share = Math.round(1000.0 * row.getLong("declined") / row.getLong("invited")) / 1000.0;
                    return new Figure("adults-declined", groups.read(row), "share", small ? null : share, small);
                }, groups.parameters());
    }

    /** The median and 90th percentile of the days from {@code start} to {@code end}, where it ended. */
    private List<Figure> days(String figure, Groups groups, String end, String start) {
        String days = "EXTRACT(EPOCH FROM (" + end + " - " + start + ")) / " + DAY_SECONDS;
        List<List<Figure>> rows = jdbc.query("SELECT " + groups.select()
                        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + days + ") AS median, "
                        + "percentile_cont(0.9) WITHIN GROUP (ORDER BY " + days + ") AS p90, "
                        + "COUNT(DISTINCT person) AS persons FROM " + groups.table()
                        + groups.where(end + " IS NOT NULL") + groups.groupBy(),
                row -> {
                    Map<String, Object> group = groups.read(row);
                    long persons = row.getLong("persons");
                    return List.of(figure(figure, group, "median", tenths(row.getDouble("median")), persons),
                            // the 90th percentile of a few is close to one person's own time
                            figure(figure, group, "p90", tenths(row.getDouble("p90")), persons / 2));
                }, groups.parameters());
        return rows.stream().flatMap(List::stream).toList();
    }

    /** Persons about whom two or more concerns were received (in the group). */
    private List<Figure> repeatPersons(Groups groups) {
        String outer = groups.outerSelect();
        return jdbc.query("SELECT " + outer + "COUNT(*) AS persons FROM (SELECT " + groups.select() + "person FROM "
                        + groups.table() + groups.where("TRUE") + " GROUP BY " + groups.columnsAnd("person")
                        + " HAVING COUNT(*) >= 2) AS repeats" + groups.outerGroupBy(),
                row -> figure("persons-with-repeat-concerns", groups.read(row), "count", row.getLong("persons"),
                        row.getLong("persons")), groups.parameters());
    }

    /** Some, but fewer than the minimum: a part of a share that would single its persons out. */
    private boolean few(long persons) {
        return persons > 0 && persons < minimumPersons;
    }

    private Figure figure(String figure, Map<String, Object> group, String measure, Number value, long persons) {
        boolean small = persons < minimumPersons;
        return new Figure(figure, group, measure, small ? null : value, small);
    }

    private static Double tenths(double days) {
        return Math.round(days * 10) / 10.0;
    }

    /** The period and how its figures are grouped. */
    private record Period(Instant from, Instant to, List<Grouping> groupBy) {

        /** A table's rows in the period by their {@code time}, grouped as asked and by the figure's own columns. */
        Groups over(String table, String time, String... ownColumns) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (Grouping grouping : groupBy) {
                dimensions.put(grouping.dimension(), grouping == Grouping.YEAR
                        ? "CAST(EXTRACT(YEAR FROM " + time + " AT TIME ZONE 'Europe/Oslo') AS INTEGER)" : "district");
            }
            for (String column : ownColumns) {
                dimensions.put(camel(column), column);
            }
            return new Groups(table, time, dimensions, from, to);
        }

        private static String camel(String column) {
            int underscore = column.indexOf('_');
            return underscore < 0 ? column : column.substring(0, underscore)
                    + Character.toUpperCase(column.charAt(underscore + 1)) + column.substring(underscore + 2);
        }
    }

    /** The SQL of one figure's grouping: its dimensions as g0, g1, ... */
    private record Groups(String table, String time, Map<String, String> dimensions, Instant from, Instant to) {

        String select() {
            StringBuilder select = new StringBuilder();
            int i = 0;
            for (String expression : dimensions.values()) {
                select.append(expression).append(" AS g").append(i++).append(", ");
            }
            return select.toString();
        }

        /** Over a subquery that selected the dimensions as g0, g1, ... */
        String outerSelect() {
            StringBuilder select = new StringBuilder();
            for (int i = 0; i < dimensions.size(); i++) {
                select.append("g").append(i).append(", ");
            }
            return select.toString();
        }

        String where(String condition) {
            return " WHERE " + time + " >= ? AND " + time + " < ? AND (" + condition + ")";
        }

        String groupBy() {
            return dimensions.isEmpty() ? "" : " GROUP BY " + String.join(", ", dimensions.values()) + " ORDER BY "
                    + String.join(", ", dimensions.values());
        }

        String outerGroupBy() {
            String columns = outerSelect().replaceAll(", $", "");
            return dimensions.isEmpty() ? "" : " GROUP BY " + columns + " ORDER BY " + columns;
        }

        String columnsAnd(String column) {
            List<String> columns = new ArrayList<>(dimensions.values());
            columns.add(column);
            return String.join(", ", columns);
        }

        Object[] parameters() {
            return new Object[] {from, to};
        }

        Map<String, Object> read(ResultSet row) throws SQLException {
            Map<String, Object> group = new LinkedHashMap<>();
            int i = 0;
            for (String dimension : dimensions.keySet()) {
                group.put(dimension, row.getObject("g" + i++));
            }
            return group;
        }
    }
}
