package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalPostgres;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service killed with SIGKILL under a steady load of new concerns, and started again where it ran. case-service:
 * every concern acknowledged to a client (201) is on concerntrail.case.events, once per ce_id, and publication
 * resumes within 5 s of the restart (the restarted process is the same node and takes its segments back without
 * waiting for their claims to expire). conversation-service: it learns every one of those concerns once it is back,
 * within seconds (its dead consumer's partitions are given to the new one after the 6 s session timeout). The
 * figures are printed for the README.
 */
class CrashRecoveryTest {

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    private static final Pattern CONCERN_ID = Pattern.compile("\"concernId\":\"([0-9a-f-]{36})\"");
    private static final Duration RESUME_WITHIN = Duration.ofSeconds(5);
    /** The dead consumer's 6 s session timeout, the rebalance, and the catching up. */
    private static final Duration CONSUMPTION_RESUMES_WITHIN = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, Instant> acknowledged = new ConcurrentHashMap<>();

    @Test
    void aKilledCaseServiceLosesNoAcknowledgedConcernAndPublishesAgainWithinSeconds() throws Exception {
        Instant[] killedAndReady = new Instant[2];
        int[] beforeKill = new int[1];
        underLoad(() -> {
            killedAndReady[0] = Instant.now();
            SERVICES.kill(ConcernTrailServices.CASE);
            beforeKill[0] = acknowledged.size();
            SERVICES.restart(ConcernTrailServices.CASE);
            killedAndReady[1] = Instant.now();
        });
        Instant killedAt = killedAndReady[0];
        Instant readyAt = killedAndReady[1];

        List<ConsumerRecord<String, byte[]>> published = readUntilAllPublished(acknowledged.keySet());
        Set<String> publishedConcerns = new HashSet<>();
        Set<String> ceIds = new HashSet<>();
        Instant resumedAt = null;
        Duration longestLag = Duration.ZERO;
        for (ConsumerRecord<String, byte[]> record : published) {
            publishedConcerns.add(record.key());
            ceIds.add(header(record, "ce_id"));
            Instant at = Instant.ofEpochMilli(record.timestamp());
            Duration lag = Duration.between(Instant.parse(header(record, "ce_time")), at);
            longestLag = lag.compareTo(longestLag) > 0 ? lag : longestLag;
            if (at.isAfter(killedAt) && (resumedAt == null || at.isBefore(resumedAt))) {
                resumedAt = at;
            }
        }
        Set<String> lost = new HashSet<>(acknowledged.keySet());
        lost.removeAll(publishedConcerns);

        System.out.printf("%ncrash recovery (case-service, SIGKILL under load):%n"
                        + "  acknowledged %d (%d before the kill), lost %d, records %d, duplicates %d%n"
                        + "  down and restarted %d ms; first publication after the kill %d ms after ready; "
                        + "longest store-to-topic lag %d ms%n%n",
                acknowledged.size(), beforeKill[0], lost.size(), published.size(), published.size() - ceIds.size(),
                Duration.between(killedAt, readyAt).toMillis(),
                resumedAt == null ? -1 : Duration.between(readyAt, resumedAt).toMillis(), longestLag.toMillis());
        assertThat(beforeKill[0]).as("concerns acknowledged before the kill").isPositive();
        assertThat(acknowledged.size()).as("concerns acknowledged after the restart too").isGreaterThan(beforeKill[0]);
        assertThat(lost).as("acknowledged concerns missing from the topic").isEmpty();
        assertThat(resumedAt).isNotNull();
        assertThat(Duration.between(readyAt, resumedAt)).isLessThan(RESUME_WITHIN);
    }

    @Test
    void aKilledConversationServiceLearnsEveryConcernOnceItIsBack() throws Exception {
        Instant[] readyAt = new Instant[1];
        underLoad(() -> {
            SERVICES.kill(ConcernTrailServices.CONVERSATION);
            // concerns are received and published while it is dead
            Thread.sleep(2_000);
            SERVICES.restart(ConcernTrailServices.CONVERSATION);
            readyAt[0] = Instant.now();
        });
        Set<String> concerns = Set.copyOf(acknowledged.keySet());

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

    @FunctionalInterface
    private interface Chaos {
        void run() throws Exception;
    }

    /** A steady load of new concerns from 3 s before the chaos until 3 s after it. */
    private void underLoad(Chaos chaos) throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        String token = SERVICES.token("officer-kari", "case-worker");
        Thread load = new Thread(() -> steadyLoad(token, loading), "steady-load");
        load.start();
        try {
            Thread.sleep(3_000);
            chaos.run();
            Thread.sleep(3_000);
        } finally {
            loading.set(false);
            load.join();
        }
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

    /** New concerns one after another; a request the dead service never answered is simply not acknowledged. */
    private void steadyLoad(String token, AtomicBoolean loading) {
        URI concerns = URI.create(SERVICES.url(ConcernTrailServices.CASE) + "/concerns");
        String body = """
                {"source":"SCHOOL","subject":{"name":"Ola Nordmann","birthDate":"%s","municipality":"Drammen"},
                 "category":"VIOLENT_EXTREMISM","summary":"Threats in a school chat","level":"HIGH"}"""
                .formatted(LocalDate.now().minusYears(19));
        while (loading.get()) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(concerns)
                        .timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher id = CONCERN_ID.matcher(answer.body());
                if (answer.statusCode() == 201 && id.find()) {
                    acknowledged.put(id.group(1), Instant.now());
                }
                Thread.sleep(20);
            } catch (java.io.IOException down) {
                sleepQuietly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every ConcernReceived on the topic from the beginning, until each of {@code concernIds} is among them. */
    private static List<ConsumerRecord<String, byte[]>> readUntilAllPublished(Collection<String> concernIds) {
        Map<String, Object> config = new HashMap<>(SERVICES.kafkaClient("conversation-service"));
        // a group of conversation-service's own, which its ACLs allow
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "conversation-service.crash-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
        Set<String> missing = new HashSet<>(concernIds);
        Instant deadline = Instant.now().plusSeconds(60);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(ConcernTrailServices.CASE_EVENTS));
            while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (header(record, "ce_type").startsWith("no.concerntrail.case.ConcernReceived.")
                            && concernIds.contains(record.key())) {
                        received.add(record);
                        missing.remove(record.key());
                    }
                }
            }
        }
        return received;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
