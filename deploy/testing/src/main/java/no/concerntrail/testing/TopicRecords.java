package no.concerntrail.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A topic read back from its beginning by a plain Kafka consumer, as a subscriber reads it: one key's records (or
 * those of the keys asked for), in topic order, in a consumer group of its own (nothing committed).
 */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** As the broker's admin: what a service published, whoever may read it. */
    public static List<ConsumerRecord<String, byte[]>> of(String topic, String key,
                                                          Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                          Duration timeout) {
        return of(KafkaTestResource.adminClientProperties(), "test", topic, key::equals, done, timeout);
    }

    /**
     * With {@code principal}'s own login, in a group of its own prefix ({@code <principal>.test-<uuid>}): what a
     * partner or the analysts can read.
     */
    public static List<ConsumerRecord<String, byte[]>> asPrincipal(String principal, String topic, String key,
                                                                   Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                                   Duration timeout) {
        return asPrincipal(principal, topic, key::equals, done, timeout);
    }

    /** As {@link #asPrincipal(String, String, String, Predicate, Duration)}, the records of every key it accepts. */
    public static List<ConsumerRecord<String, byte[]>> asPrincipal(String principal, String topic,
                                                                   Predicate<String> keys,
                                                                   Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                                   Duration timeout) {
        return of(KafkaTestResource.clientProperties(principal), principal + ".test", topic, keys, done, timeout);
    }

    private static List<ConsumerRecord<String, byte[]>> of(Map<String, Object> login, String groupPrefix, String topic,
                                                           Predicate<String> keys,
                                                           Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                           Duration timeout) {
        Map<String, Object> config = new HashMap<>(login);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (!done.test(found)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("After " + timeout + ", " + found.size() + " records on "
                            + topic + " were not yet what the test waits for");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.test(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
