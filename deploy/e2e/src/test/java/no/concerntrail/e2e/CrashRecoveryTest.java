package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service, then the broker, killed with SIGKILL under a steady load of commands, and started again where it ran.
 * Afterwards every command acknowledged to a client is on concerntrail.case.events, once per ce_id after
 * deduplication, each concern's events in order, and publication resumed within 5 s of the restart (a restarted
 * case-service is the same node and takes its segments back without waiting for their claims to expire; the
 * producers reconnect to a restarted broker by themselves). conversation-service learns every concern once it is back
 * (its dead consumer's partitions go to the new one after the 6 s session timeout). The figures are printed for the
 * README.
 */
class CrashRecoveryTest {

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    private static final Duration RESUME_WITHIN = Duration.ofSeconds(5);
    /** The dead consumer's 6 s session timeout, the rebalance, and the catching up. */
    private static final Duration CONSUMPTION_RESUMES_WITHIN = Duration.ofSeconds(15);
    /** How long the broker stays dead while case-service goes on acknowledging commands. */
    private static final Duration BROKER_DOWN = Duration.ofSeconds(2);

    @Test
    void aKilledCaseServiceLosesNoAcknowledgedCommandAndPublishesAgainWithinSeconds() throws Exception {
        ConcernLoad load = new ConcernLoad(SERVICES);
        Instant[] killedAndReady = new Instant[2];
        try (TopicWatcher topic = watchCaseEvents()) {
            load.around(() -> {
                killedAndReady[0] = Instant.now();
                SERVICES.kill(ConcernTrailServices.CASE);
                SERVICES.restart(ConcernTrailServices.CASE);
                killedAndReady[1] = Instant.now();
            });
            report("case-service", load, topic, killedAndReady[0], killedAndReady[1]);
        }
    }

    @Test
    void aKilledBrokerLosesNoAcknowledgedCommandAndPublicationResumesWithinSeconds() throws Exception {
        ConcernLoad load = new ConcernLoad(SERVICES);
        Instant[] killedAndReady = new Instant[2];
        int[] acknowledgedWhileDown = new int[1];
        try (TopicWatcher topic = watchCaseEvents()) {
            load.around(() -> {
                killedAndReady[0] = Instant.now();
                SERVICES.killBroker();
                int before = load.commands();
                // case-service stores and acknowledges on: its event store is the outbox
                Thread.sleep(BROKER_DOWN.toMillis());
                acknowledgedWhileDown[0] = load.commands() - before;
                SERVICES.restartBroker();
                killedAndReady[1] = Instant.now();
            });
            report("the broker", load, topic, killedAndReady[0], killedAndReady[1]);
            assertThat(acknowledgedWhileDown[0]).as("commands acknowledged while the broker was dead").isPositive();
        }
    }

    @Test
    void aKilledConversationServiceLearnsEveryConcernOnceItIsBack() throws Exception {
        ConcernLoad load = new ConcernLoad(SERVICES);
        Instant[] readyAt = new Instant[1];
        load.around(() -> {
            SERVICES.kill(ConcernTrailServices.CONVERSATION);
            // concerns are received and published while it is dead
            Thread.sleep(2_000);
            SERVICES.restart(ConcernTrailServices.CONVERSATION);
            readyAt[0] = Instant.now();
        });
        Set<String> concerns = load.acknowledged().keySet();

        Instant deadline = Instant.now().plusSeconds(60);
        long known = known(concerns);
        while (known < concerns.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            known = known(concerns);
        }
        Duration caughtUp = Duration.between(readyAt[0], Instant.now());

        System.out.printf("%ncrash recovery (conversation-service, SIGKILL under load):%n"
                + "  concerns received %d, known to conversation-service %d, all known %d ms after it was ready%n%n",
                concerns.size(), known, caughtUp.toMillis());
        assertThat(known).as("acknowledged concerns conversation-service knows").isEqualTo(concerns.size());
        assertThat(caughtUp).isLessThan(CONSUMPTION_RESUMES_WITHIN);
    }

    /** Waits until every acknowledged command is on the topic, prints the figures and checks them. */
    private static void report(String killed, ConcernLoad load, TopicWatcher topic, Instant killedAt, Instant readyAt)
            throws InterruptedException {
        Instant loadEnded = Instant.now();
        topic.awaitSeen(seen -> PublishedLoad.of(load, seen).lost() == 0, Duration.ofSeconds(60));
        Instant allSeenAt = Instant.now();
        PublishedLoad published = PublishedLoad.of(load, topic.seen());
        Optional<Instant> resumedAt = PublishedLoad.resumedAt(topic.seen(), killedAt);

        System.out.printf("%ncrash recovery (%s, SIGKILL under load):%n"
                        + "  acknowledged %d commands, lost %d, records %d, duplicates delivered %d (deduplicated by ce_id), "
                        + "out of order %d%n"
                        + "  down and restarted in %d ms; publication resumed %d ms after ready; longest publication "
                        + "pause %d ms; all on the topic %d ms after ready%n%n",
                killed, published.acknowledged(), published.lost(), published.records(), published.duplicates(),
                published.outOfOrder(), Duration.between(killedAt, readyAt).toMillis(),
                PublishedLoad.millis(readyAt, resumedAt), topic.longestPause(killedAt.minusSeconds(3), loadEnded).toMillis(),
                Duration.between(readyAt, allSeenAt).toMillis());
        assertThat(load.acknowledged().values()).as("commands acknowledged before the crash and after")
                .anySatisfy(events -> assertThat(events).hasSize(2));
        assertThat(published.lost()).as("acknowledged commands missing from the topic").isZero();
        assertThat(published.outOfOrder()).as("concerns whose events came out of order").isZero();
        assertThat(resumedAt).as("a record stored after the crash, published").isPresent();
        assertThat(Duration.between(readyAt, resumedAt.get())).isLessThan(RESUME_WITHIN);
    }

    /** concerntrail.case.events as conversation-service's principal reads it. */
    private static TopicWatcher watchCaseEvents() {
        return TopicWatcher.watch(SERVICES.kafkaClient("conversation-service"), ConcernTrailServices.CASE_EVENTS);
    }

    /** How many of these concerns conversation-service knows (read from its database, as its owner). */
    private static long known(Set<String> concernIds) throws Exception {
        LocalPostgres.Database database = SERVICES.database(ConcernTrailServices.CONVERSATION);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM known_concern WHERE concern_id::text = ANY (?)")) {
            count.setArray(1, connection.createArrayOf("text", concernIds.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
