package no.concerntrail.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A topic read from the beginning for as long as a test runs, as a partner or a service would see it, noting when
 * each record first showed: how long publication paused, when it resumed. It reads every partition without a
 * consumer group (nothing to rebalance when the broker or a service dies), through broker restarts.
 */
final class TopicWatcher implements AutoCloseable {

    /** A record as seen, and when. */
    record Seen(String key, String ceId, String type, Instant ceTime, Instant at) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;

    private TopicWatcher(Map<String, Object> clientProperties, String topic) {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::watch, "watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching {@code topic} as a principal that may read it ({@code AllServices.kafkaClient}). */
    static TopicWatcher watch(Map<String, Object> clientProperties, String topic) {
        return new TopicWatcher(clientProperties, topic);
    }

    private void watch() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Seen one = new Seen(record.key(), header(record, "ce_id"), shortType(header(record, "ce_type")),
                            Instant.parse(header(record, "ce_time")), Instant.now());
                    synchronized (seen) {
                        seen.add(one);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() woke it
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Everything seen so far, in the order it showed. */
    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** Waits until what has been seen satisfies {@code done}; false if the time ran out first. */
    boolean awaitSeen(Predicate<List<Seen>> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(seen())) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** The longest time between two records showing for the first time (by ce_id), between two instants. */
    Duration longestPause(Instant from, Instant to) {
        List<Instant> firstSightings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Seen one : seen()) {
            if (ids.add(one.ceId()) && !one.at().isBefore(from) && !one.at().isAfter(to)) {
                firstSightings.add(one.at());
            }
        }
        Duration longest = Duration.ZERO;
        Instant previous = from;
        for (Instant at : firstSightings) {
            Duration gap = Duration.between(previous, at);
            longest = gap.compareTo(longest) > 0 ? gap : longest;
            previous = at;
        }
        return longest;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
    }

    /** {@code no.concerntrail.case.ConcernReceived.v2} → {@code ConcernReceived}. */
    private static String shortType(String ceType) {
        String[] parts = ceType.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : ceType;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
