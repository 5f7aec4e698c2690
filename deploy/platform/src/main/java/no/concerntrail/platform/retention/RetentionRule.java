package no.concerntrail.platform.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * One retention deadline: what has been kept longer than {@link #keep()}, and erasing it. The platform has its own
 * (idempotency keys, parked records); a service adds its own as beans (case-service: its concerns), and
 * {@link Retention} runs them all, daily and on an operator's demand, and audits each run.
 */
public interface RetentionRule {

    /** Stable, lower-case kebab: the audit and the API name the rule by it. */
    String name();

    Duration keep();

    /** How many are past the deadline: kept since before {@code cutoff}. */
    long due(Instant cutoff);

    /** Erases what is past the deadline, in the caller's transaction; {@code runBy}: the schedule or an operator. */
    int erase(Instant cutoff, String runBy);
}
