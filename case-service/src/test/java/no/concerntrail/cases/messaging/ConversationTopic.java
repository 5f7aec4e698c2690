package no.concerntrail.cases.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Publishes to concerntrail.conversation.events as conversation-service does: with its Kafka principal,
 * CloudEvents in binary mode made by the stock CloudEvents SDK, key and ce_subject = the concern id.
 * The bodies follow conversation-service's published contract v1, in full (more than case-service reads).
 */
final class ConversationTopic {

    static final String TOPIC = "concerntrail.conversation.events";
    static final String TYPE_PREFIX = "no.concerntrail.conversation.";

    private static final ObjectMapper JSON = ContractJson.mapper();
    private static KafkaProducer<String, byte[]> producer;

    private ConversationTopic() {
    }

    /** Publishes {@code <name>.v1} with a new ce_id, which it returns. */
    static String publish(String name, String concernId, Map<String, Object> body) {
        return publish(UUID.randomUUID().toString(), name, concernId, body);
    }

    /** Publishes {@code <name>.v1} with the given ce_id (the same one again: a redelivery). */
    static String publish(String ceId, String name, String concernId, Map<String, Object> body) {
        try {
            return publish(ceId, TYPE_PREFIX + name + ".v1", concernId, JSON.writeValueAsBytes(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any type and body, as a CloudEvent in binary mode. */
    static String publish(String ceId, String type, String concernId, byte[] body) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(ceId)
                .withSource(URI.create("/concerntrail/conversation-service"))
                .withType(type)
                .withSubject(concernId)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withData("application/json", body)
                .build();
        RecordHeaders headers = new RecordHeaders();
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            byte[] value = serializer.serialize(TOPIC, headers, event);
            send(new ProducerRecord<>(TOPIC, null, concernId, value, headers));
        }
        return ceId;
    }

    /** A record as it is, e.g. one without any CloudEvents header. */
    static void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + TOPIC, e);
        }
    }

    static Map<String, Object> planned(String conversationId, String concernId) {
        Map<String, Object> body = about(conversationId, concernId);
        body.put("kind", "concern");
        body.put("plannedStart", Instant.now().plus(7, ChronoUnit.DAYS));
        body.put("mandatory", false);
        body.put("summonsGround", null);
        body.put("guardiansInvited", true);
        return body;
    }

    /** A conversation held by the police with the minor and guardians; outcome LOWERED, RAISED or UNCHANGED. */
    static Map<String, Object> held(String conversationId, String concernId, String outcome, String newLevel) {
        Map<String, Object> body = about(conversationId, concernId);
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        body.put("kind", "concern");
        body.put("startedAt", start);
        body.put("endedAt", start.plus(90, ChronoUnit.MINUTES));
        body.put("heldBy", "POLICE_OFFICER");
        body.put("trustedPersonRole", null);
        body.put("guidingOfficer", null);
        body.put("guardiansPresent", true);
        body.put("rightsNoticeGivenAt", start);
        body.put("purposes", List.of("CLARIFY", "OFFER_HELP"));
        body.put("outcome", outcome);
        body.put("newLevel", newLevel);
        body.put("helpNeeds", List.of("EDUCATION", "LEISURE"));
        body.put("measures", 2);
        body.put("followUpDate", LocalDate.now().plusWeeks(4));
        return body;
    }

    static Map<String, Object> cancelled(String conversationId, String concernId) {
        return about(conversationId, concernId);
    }

    private static Map<String, Object> about(String conversationId, String concernId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", conversationId);
        body.put("concernId", concernId);
        body.put("actor", "officer-per");
        body.put("at", Instant.now());
        return body;
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(KafkaTestResource.clientProperties("conversation-service"));
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
