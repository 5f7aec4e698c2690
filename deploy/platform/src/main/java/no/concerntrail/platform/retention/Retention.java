package no.concerntrail.platform.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The retention deadlines of what every service keeps for its own running, beside the history: an idempotency key is
 * erased once its replay window has passed (a retry after it makes a new resource), a parked record once an operator
 * has had its deadline to look at it. Daily, the first time a minute after start-up, and on an operator's demand;
 * each run audited in {@code retention_run} (rule, cutoff, how many, when, by whom), never with what was erased.
 *
 * <p>Not here, and why: the consumers' claims of processed ce_ids are kept, as the internal topics are kept for ever
 * and a consumer group whose offsets were lost reads them again from the first record; the usage log has its own
 * deadline ({@code AccessLogRetention}).
 */
@Singleton
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    static final String SCHEDULE = "schedule";
    /** How many rules there are (see the constructor). */
    static final int RULES = 2;

    /** What a rule erases: the table's rows whose time column is older than the cutoff. */
    public record Rule(String name, String table, String time, Duration keep) {
    }

    /** A rule as a dry run sees it now: how long it keeps (an ISO-8601 duration), and how many rows are past it. */
    public record Due(String rule, String keep, Instant cutoff, long due) {
    }

    /** What a run erased. */
    public record Erased(String rule, Instant cutoff, int erased) {
    }

    /** One audited run of one rule. */
    public record Run(String rule, Instant cutoff, int erased, String runBy, Instant at) {
    }

    private final Jdbc jdbc;
    private final List<Rule> rules;

    @Inject
    public Retention(DataSource dataSource,
                     @ConfigProperty(name = "concerntrail.retention.idempotency-keys") Duration idempotencyKeys,
                     @ConfigProperty(name = "concerntrail.retention.parked-events") Duration parkedEvents) {
        this.jdbc = new Jdbc(dataSource);
        this.rules = List.of(new Rule("idempotency-keys", "idempotency_key", "created_at", idempotencyKeys),
                new Rule("parked-events", "parked_event", "parked_at", parkedEvents));
        if (rules.size() != RULES) {
            throw new IllegalStateException("The API description promises " + RULES + " rules");
        }
    }

    /** What a run now would erase, per rule. */
    public List<Due> due() {
        Instant now = Instant.now();
        return rules.stream().map(rule -> new Due(rule.name(), rule.keep().toString(), now.minus(rule.keep()),
                jdbc.queryOne("SELECT count(*) FROM " + rule.table() + " WHERE " + rule.time() + " < ?",
                        row -> row.getLong(1), now.minus(rule.keep())).orElse(0L))).toList();
    }

    /** Erases what is due and audits each rule's run, in one transaction. */
    @Transactional
    public List<Erased> run(String runBy) {
        Instant now = Instant.now();
        List<Erased> erased = rules.stream().map(rule -> {
            Instant cutoff = now.minus(rule.keep());
            int rows = jdbc.update("DELETE FROM " + rule.table() + " WHERE " + rule.time() + " < ?", cutoff);
            jdbc.update("INSERT INTO retention_run (rule, cutoff, erased, run_by) VALUES (?, ?, ?, ?)", rule.name(),
                    cutoff, rows, runBy);
            return new Erased(rule.name(), cutoff, rows);
        }).toList();
        erased.stream().filter(e -> e.erased() > 0).forEach(e ->
                LOG.infof("Retention %s erased %d rows older than %s (run by %s)", e.rule(), e.erased(), e.cutoff(),
                        runBy));
        return erased;
    }

    /** The latest audited runs, newest first. */
    public List<Run> runs(int limit) {
        return jdbc.query("SELECT rule, cutoff, erased, run_by, at FROM retention_run ORDER BY id DESC LIMIT ?",
                row -> new Run(row.getString(1), row.getTimestamp(2).toInstant(), row.getInt(3), row.getString(4),
                        row.getTimestamp(5).toInstant()), limit);
    }

    @Scheduled(every = "24h", delayed = "60s")
    void daily() {
        run(SCHEDULE);
    }
}
