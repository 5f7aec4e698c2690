package no.concerntrail.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A partner agency reading its topic as the load runs, with its own login: when each referral's first record showed
 * (System.nanoTime). It reads every partition from the end it found at the start, without a consumer group.
 */
final class PartnerFeedWatch implements AutoCloseable {

    private final ConcurrentMap<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;

    PartnerFeedWatch(Map<String, Object> partnerLogin, String topic) {
        Map<String, Object> config = new HashMap<>(partnerLogin);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::watch, "partner-feed-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    firstSeen.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        } catch (WakeupException stopping) {
            // close() woke it
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** When the referral's first record showed; waits for it at most {@code timeout}. */
    long awaitFirstRecord(String referralId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Long seen = firstSeen.get(referralId);
            if (seen != null) {
                return seen;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no record of referral " + referralId + " reached the partner in " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
    }
}
