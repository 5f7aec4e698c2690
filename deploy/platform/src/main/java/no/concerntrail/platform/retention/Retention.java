package no.concerntrail.platform.retention;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The retention deadlines ({@link RetentionRule}s): the platform's own for what every service keeps for its own
 * running, beside the history (an idempotency key is erased once its replay window has passed, a retry after it making
 * a new resource; a parked record once an operator has had its deadline to look at it), and a service's own (its
 * concerns). Daily, the first time a minute after start-up, and on an operator's demand; each rule's run in its own
 * transaction, audited in {@code retention_run} (rule, cutoff, how many, when, by whom), never with what was erased.
 *
 * <p>Not here, and why: the consumers' claims of processed ce_ids are kept, as the internal topics are kept for ever
 * and a consumer group whose offsets were lost reads them again from the first record; the usage log has its own
 * deadline ({@code AccessLogRetention}).
 */
@Singleton
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    static final String SCHEDULE = "schedule";
    /** The most rules a service may have: as many answers as a dry run or a run gives, at most. */
    static final int MOST_RULES = 20;

    /** A rule as a dry run sees it now: how long it keeps (an ISO-8601 duration), and how many are past it. */
    public record Due(String rule, String keep, Instant cutoff, long due) {
    }

    /** What a run erased. */
    public record Erased(String rule, Instant cutoff, int erased) {
    }

    /** One audited run of one rule. */
    public record Run(String rule, Instant cutoff, int erased, String runBy, Instant at) {
    }

    private final Jdbc jdbc;
    private final List<RetentionRule> rules = new ArrayList<>();

    @Inject
    public Retention(DataSource dataSource,
                     @ConfigProperty(name = "concerntrail.retention.idempotency-keys") Duration idempotencyKeys,
                     @ConfigProperty(name = "concerntrail.retention.parked-events") Duration parkedEvents,
                     @All List<RetentionRule> servicesRules) {
        this.jdbc = new Jdbc(dataSource);
        rules.add(new TableRetention("idempotency-keys", idempotencyKeys, dataSource, "idempotency_key", "created_at"));
        rules.add(new TableRetention("parked-events", parkedEvents, dataSource, "parked_event", "parked_at"));
        // the service's own after the platform's, by name: the same order in every answer and every audit
        servicesRules.stream().sorted(Comparator.comparing(RetentionRule::name)).forEach(rules::add);
        Set<String> names = new HashSet<>();
        rules.forEach(rule -> {
            if (!names.add(rule.name())) {
                throw new IllegalStateException("Two retention rules are named " + rule.name());
            }
        });
        if (rules.size() > MOST_RULES) {
            throw new IllegalStateException("The API description promises at most " + MOST_RULES + " rules");
        }
    }

    /** What a run now would erase, per rule. */
    public List<Due> due() {
        Instant now = Instant.now();
        return rules.stream().map(rule -> new Due(rule.name(), rule.keep().toString(), now.minus(rule.keep()),
                rule.due(now.minus(rule.keep())))).toList();
    }

    /** Erases what is due, each rule in a transaction of its own with the audit of its run. */
    public List<Erased> run(String runBy) {
        Instant now = Instant.now();
        List<Erased> erased = rules.stream().map(rule -> QuarkusTransaction.requiringNew().call(() -> {
            Instant cutoff = now.minus(rule.keep());
            int count = rule.erase(cutoff, runBy);
            jdbc.update("INSERT INTO retention_run (rule, cutoff, erased, run_by) VALUES (?, ?, ?, ?)", rule.name(),
                    cutoff, count, runBy);
            return new Erased(rule.name(), cutoff, count);
        })).toList();
        erased.stream().filter(e -> e.erased() > 0).forEach(e ->
                LOG.infof("Retention %s erased %d older than %s (run by %s)", e.rule(), e.erased(), e.cutoff(),
                        runBy));
        return erased;
    }

    /** The latest audited runs, newest first. */
    public List<Run> runs(int limit) {
        return jdbc.query("SELECT rule, cutoff, erased, run_by, at FROM retention_run ORDER BY id DESC LIMIT ?",
                row -> new Run(row.getString(1), row.getTimestamp(2).toInstant(), row.getInt(3), row.getString(4),
                        row.getTimestamp(5).toInstant()), limit);
    }

    /** Tests run it when they mean to: a run in the middle of another test would erase what that test works on. */
    @Scheduled(every = "{concerntrail.retention.every}", delayed = "60s")
    void daily() {
        run(SCHEDULE);
    }
}
