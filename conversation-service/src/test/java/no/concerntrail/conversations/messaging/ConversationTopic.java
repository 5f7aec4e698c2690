package no.concerntrail.conversations.messaging;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import no.concerntrail.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

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
        return TopicRecords.of(TOPIC, key, done, timeout);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return TopicRecords.header(record, name);
    }

    static String body(ConsumerRecord<String, byte[]> record) {
        return TopicRecords.body(record);
    }
}
