package no.concerntrail.cases.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.testing.KafkaTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Another service's topic, published to as that service does: with its Kafka principal, CloudEvents in binary mode
 * made by the stock CloudEvents SDK, key and ce_subject = the concern id.
 */
public final class CloudEventTopic {

    private static final ObjectMapper JSON = ContractJson.mapper();

    private final String topic;
    private final String producerService;
    private final String typePrefix;
    private KafkaProducer<String, byte[]> producer;

    /**
     * @param producerService the service that writes the topic, e.g. conversation-service: its principal publishes
     * @param typePrefix      its ce_type before the event's name, e.g. {@code no.concerntrail.conversation.}
     */
    CloudEventTopic(String topic, String producerService, String typePrefix) {
        this.topic = topic;
        this.producerService = producerService;
        this.typePrefix = typePrefix;
    }

    /** Publishes {@code <name>.v1} with a new ce_id, which it returns. */
    public String publish(String name, String concernId, Map<String, Object> body) {
        return publish(UUID.randomUUID().toString(), name, concernId, body);
    }

    /** Publishes {@code <name>.v1} with the given ce_id (the same one again: a redelivery), which it returns. */
    public String publish(String ceId, String name, String concernId, Map<String, Object> body) {
        try {
            return publish(ceId, typePrefix + name + ".v1", concernId, JSON.writeValueAsBytes(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any type and body, as a CloudEvent in binary mode. */
    public String publish(String ceId, String type, String concernId, byte[] body) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(ceId)
                .withSource(URI.create("/concerntrail/" + producerService))
                .withType(type)
                .withSubject(concernId)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withData("application/json", body)
                .build();
        RecordHeaders headers = new RecordHeaders();
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            byte[] value = serializer.serialize(topic, headers, event);
            send(new ProducerRecord<>(topic, null, concernId, value, headers));
        }
        return ceId;
    }

    /** A record as it is, e.g. one without any CloudEvents header. */
    void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(KafkaTestResource.clientProperties(producerService));
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
