package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * case-service killed with SIGKILL under a steady load of new concerns, and started again where it ran: every concern
 * acknowledged to a client (201) is on concerntrail.case.events, once per ce_id, and publication resumes within 5 s of
 * the restart (the restarted process is the same node and takes its segments back without waiting for their claims
 * to expire). The figures are printed for the README.
 */
class CrashRecoveryTest {

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    private static final Pattern CONCERN_ID = Pattern.compile("\"concernId\":\"([0-9a-f-]{36})\"");
    private static final Duration RESUME_WITHIN = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, Instant> acknowledged = new ConcurrentHashMap<>();

    @Test
    void aKilledCaseServiceLosesNoAcknowledgedConcernAndPublishesAgainWithinSeconds() throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        String token = SERVICES.token("officer-kari", "case-worker");
        Thread load = new Thread(() -> steadyLoad(token, loading), "steady-load");
        load.start();

        Thread.sleep(3_000);
        Instant killedAt = Instant.now();
        SERVICES.kill(ConcernTrailServices.CASE);
        int beforeKill = acknowledged.size();
        SERVICES.restart(ConcernTrailServices.CASE);
        Instant readyAt = Instant.now();
        Thread.sleep(3_000);
        loading.set(false);
        load.join();

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
                acknowledged.size(), beforeKill, lost.size(), published.size(), published.size() - ceIds.size(),
                Duration.between(killedAt, readyAt).toMillis(),
                resumedAt == null ? -1 : Duration.between(readyAt, resumedAt).toMillis(), longestLag.toMillis());
        assertThat(beforeKill).as("concerns acknowledged before the kill").isPositive();
        assertThat(acknowledged.size()).as("concerns acknowledged after the restart too").isGreaterThan(beforeKill);
        assertThat(lost).as("acknowledged concerns missing from the topic").isEmpty();
        assertThat(resumedAt).isNotNull();
        assertThat(Duration.between(readyAt, resumedAt)).isLessThan(RESUME_WITHIN);
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
