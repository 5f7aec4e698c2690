package no.concerntrail.referrals;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.concerntrail.testing.KafkaTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes concern events on concerntrail.case.events as case-service does (its own Kafka principal, CloudEvents in
 * binary mode, key = concern id), so referral-service learns of concerns the real way.
 */
public final class CaseEventsFeed {

    public static final String TOPIC = "concerntrail.case.events";

    private CaseEventsFeed() {
    }

    /** A concern of {@code district} (null: one from before districts were published, without the field). */
    public static UUID received(LocalDate birthDate, String district) {
        UUID concernId = UUID.randomUUID();
        publish(concernId, "ConcernReceived", """
                {"concernId":"%s",%s"source":"SCHOOL","subject":{"birthDate":"%s",
                "municipality":"Drammen"},"category":"VIOLENT_EXTREMISM","level":"MODERATE","actor":"officer-kari",
                "at":"%s"}""".formatted(concernId, district == null ? "" : "\"district\":\"" + district + "\",",
                birthDate, Instant.now()));
        return concernId;
    }

    public static void triaged(UUID concernId, String outcome, String status) {
        publish(concernId, "ConcernTriaged", """
                {"concernId":"%s","outcome":"%s","status":"%s","actor":"lead-ola","at":"%s"}"""
                .formatted(concernId, outcome, status, Instant.now()));
    }

    public static void assigned(UUID concernId, String assignee) {
        publish(concernId, "ConcernAssigned", """
                {"concernId":"%s","assignee":"%s","actor":"lead-ola","at":"%s"}"""
                .formatted(concernId, assignee, Instant.now()));
    }

    public static void closed(UUID concernId) {
        publish(concernId, "ConcernClosed", """
                {"concernId":"%s","actor":"officer-kari","at":"%s"}""".formatted(concernId, Instant.now()));
    }

    public static void reopened(UUID concernId) {
        publish(concernId, "ConcernReopened", """
                {"concernId":"%s","status":"OPEN","actor":"officer-kari","at":"%s"}""".formatted(concernId, Instant.now()));
    }

    public static void transferred(UUID concernId, String district) {
        publish(concernId, "ConcernTransferred", """
                {"concernId":"%s","to":"%s","actor":"lead-ola","at":"%s"}""".formatted(concernId, district, Instant.now()));
    }

    public static void erased(UUID concernId) {
        publish(concernId, "ConcernErased", """
                {"concernId":"%s","ground":"SUBJECT_REQUEST","actor":"lead-ola","at":"%s"}""".formatted(concernId,
                Instant.now()));
    }

    /** Sends one CloudEvent with a fresh ce_id. */
    private static void publish(UUID concernId, String name, String json) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/concerntrail/case-service"))
                .withType("no.concerntrail.case." + name + ".v1")
                .withSubject(concernId.toString())
                .withTime(Instant.now().atOffset(ZoneOffset.UTC))
                .withData("application/json", json.getBytes(StandardCharsets.UTF_8))
                .build();
        Map<String, Object> config = new HashMap<>(KafkaTestResource.clientProperties("case-service"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, CloudEvent> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, concernId.toString(), event)).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + name, e);
        }
    }
}
