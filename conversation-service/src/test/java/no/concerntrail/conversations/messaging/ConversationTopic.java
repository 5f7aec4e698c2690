package no.concerntrail.conversations.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import no.concerntrail.testing.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads concerntrail.conversation.events back with a plain Kafka consumer, as case-service would. */
final class ConversationTopic {

    static final String TOPIC = "concerntrail.conversation.events";

    private ConversationTopic() {
    }

    /** Waits until the records for this key satisfy the condition, and returns them in topic order. */
    static List<ConsumerRecord<String, byte[]>> recordsFor(String key, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        return recordsFor(key, done, Duration.ofSeconds(30));
    }

    static List<ConsumerRecord<String, byte[]>> recordsFor(String key, Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                           Duration timeout) {
        Map<String, Object> config = new HashMap<>(KafkaTestResource.adminClientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Awaitility.await().atMost(timeout).pollInterval(Duration.ZERO).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                return done.test(found);
            });
        }
        return found;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
