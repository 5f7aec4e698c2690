package no.concerntrail.platform.audit;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Usage logs are kept at least a year and at most three (the Police Records Act): entries older
 * than {@code concerntrail.access-log.retention} are deleted daily, the first time just after start-up.
 */
@Singleton
public class AccessLogRetention {

    private static final Logger LOG = Logger.getLogger(AccessLogRetention.class);
    private static final Period LEAST = Period.ofYears(1);
    private static final Period MOST = Period.ofYears(3);

    @Inject
    AccessLog accessLog;
    @ConfigProperty(name = "concerntrail.access-log.retention", defaultValue = "P3Y")
    Period retention;

    @Scheduled(every = "24h", delayed = "10s")
    void purgeDaily() {
        purge();
    }

    /** Returns how many entries were deleted. */
    public int purge() {
        Instant cutoff = Instant.now().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        int deleted = accessLog.deleteOlderThan(cutoff);
        if (deleted > 0) {
            LOG.infof("Deleted %d access log entries older than %s", deleted, cutoff);
        }
        return deleted;
    }

    /** A retention outside one to three years is refused at start-up rather than kept silently. */
    void check(@Observes StartupEvent startup) {
        Instant now = Instant.now();
        Instant least = now.atOffset(ZoneOffset.UTC).minus(LEAST).toInstant();
        Instant most = now.atOffset(ZoneOffset.UTC).minus(MOST).toInstant();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        if (cutoff.isAfter(least) || cutoff.isBefore(most)) {
            throw new IllegalStateException("concerntrail.access-log.retention must be between "
                    + LEAST + " and " + MOST + ", not " + retention);
        }
    }
}
