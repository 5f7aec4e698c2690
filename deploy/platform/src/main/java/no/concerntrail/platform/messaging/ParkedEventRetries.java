package no.concerntrail.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.concerntrail.platform.events.UnpublishedEvents;
import no.concerntrail.platform.service.ServiceRuntime;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Retries a parked event after a fix (a new version that reads or maps it): a consumed one is read again from its
 * topic, where it still is, and run through its consumer; a stored one is read from the event store and published.
 * Either is unparked once it took effect, and stays parked (with the latest reason) when it fails as before.
 */
@Singleton
public class ParkedEventRetries {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** What a retry did: {@code parked} is false once it took effect; the reason names the failure's kind only. */
    public record Retried(boolean parked, String reason) {
    }

    @Inject
    ParkedEvents parked;
    @Inject
    UnpublishedEvents unpublished;
    @Inject
    Instance<CloudEventConsumer<?>> consumers;
    @Inject
    ServiceRuntime runtime;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    public Retried consumed(long id) {
        ParkedEvents.Parked event = parked.find(id).orElseThrow(() -> new NotFoundException("No parked event " + id));
        CloudEventConsumer<?> consumer = consumers.stream().filter(c -> c.topic().equals(event.topic())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No consumer reads " + event.topic() + " any more"));
        ConsumerRecord<String, byte[]> record = recordAt(event.topic(), event.partition(), event.offset())
                .orElseThrow(() -> new IllegalStateException("The record of parked event " + id + " is no longer on "
                        + event.topic() + " (retention)"));
        if (consumer.retry(record)) {
            parked.remove(id);
            return new Retried(false, null);
        }
        return new Retried(true, parked.find(id).map(ParkedEvents.Parked::reason).orElse(null));
    }

    public Retried unpublished(long id) {
        UnpublishedEvents.Unpublished event = unpublished.find(id)
                .orElseThrow(() -> new NotFoundException("No unpublished event " + id));
        try {
            runtime.republish(event);
            return new Retried(false, null);
        } catch (Exception stillFails) {
            // the kind of failure only: a message may quote the event's data
            return new Retried(true, "publishing it still fails (" + stillFails.getClass().getSimpleName() + ")");
        }
    }

    /** The one record at those coordinates, read with the service's own principal (no group: nothing committed). */
    private Optional<ConsumerRecord<String, byte[]>> recordAt(String topic, int partition, long offset) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        TopicPartition where = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(where));
            consumer.seek(where, offset);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                    return Optional.empty(); // compacted or deleted: the next one is there instead
                }
            }
        }
        return Optional.empty();
    }
}
