package no.concerntrail.local;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the broker's process ({@link BrokerMain}) and zonky's PostgreSQL output at WARN. Kafka logs through slf4j;
 * whatever provider the JVM has decides where it goes:
 * <ul>
 *   <li>none (this module's own tests, a plain {@code java -cp}): slf4j's no-op logger, silent;</li>
 *   <li>JBoss LogManager (Quarkus, its tests) or slf4j-jdk14: java.util.logging levels apply, set here;</li>
 *   <li>anything else: configure it with {@link #BROKER_CATEGORIES}.</li>
 * </ul>
 * Kafka's clients ({@code org.apache.kafka.clients}) are not in the list: they belong to the services.
 */
public final class QuietLogging {

    /** The logger categories the broker (not its clients) logs to. */
    public static final List<String> BROKER_CATEGORIES = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.controller",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.queue",
            "org.apache.kafka.storage",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.security",
            "org.apache.kafka.network",
            "org.apache.kafka.common.security.authenticator",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.utils.AppInfoParser",
            // the broker's and its admin clients' 300-line configuration dumps, and metrics chatter
            "org.apache.kafka.common.config.AbstractConfig",
            "org.apache.kafka.common.metrics");

    /** zonky's categories: it logs initdb's and postgres' output at INFO. */
    public static final List<String> POSTGRES_CATEGORIES = List.of("io.zonky.test.db.postgres");

    /** java.util.logging keeps loggers weakly: hold them so the levels stay. */
    private static final List<Logger> PINNED = new ArrayList<>();

    private QuietLogging() {
    }

    /** Sets {@link #BROKER_CATEGORIES} to WARNING in java.util.logging. */
    public static void brokerAtWarn() {
        atWarn(BROKER_CATEGORIES);
    }

    /** Sets {@link #POSTGRES_CATEGORIES} to WARNING in java.util.logging. */
    public static void postgresAtWarn() {
        atWarn(POSTGRES_CATEGORIES);
    }

    /** Both lists, as Quarkus properties ({@code quarkus.log.category."<name>".level=WARN}). */
    public static List<String> allCategories() {
        List<String> all = new ArrayList<>(BROKER_CATEGORIES);
        all.addAll(POSTGRES_CATEGORIES);
        return all;
    }

    private static synchronized void atWarn(List<String> categories) {
        for (String category : categories) {
            if (PINNED.stream().noneMatch(l -> l.getName().equals(category))) {
                Logger logger = Logger.getLogger(category);
                logger.setLevel(Level.WARNING);
                PINNED.add(logger);
            }
        }
    }
}
