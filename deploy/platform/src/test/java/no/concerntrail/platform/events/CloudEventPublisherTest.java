package no.concerntrail.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import no.concerntrail.local.LocalKafkaBroker;
import no.concerntrail.platform.TestDatabase;
import no.concerntrail.platform.schema.PlatformSchema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outbox's last step, on the real secured broker: an event counts as published only once the broker acked it. */
class CloudEventPublisherTest {

    private static final String TOPIC = "concerntrail.test.events";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(2);

    private static LocalKafkaBroker broker;
    private static CloudEventPublisher publisher;

    record Stored(String concernId, String note) {
    }

    record Published(String concernId) {
    }

    /** Events of a shape no mapping knows what to do with. */
    record Broken(String concernId) {
    }

    /** Publishes a Stored as Published, without its note; fails on a Broken; anything else stays inside. */
    private static final PublishedContract CONTRACT = stored -> {
        if (stored.getPayload() instanceof Broken) {
            throw new IllegalArgumentException("No published form for a Broken: protected note");
        }
        return stored.getPayload() instanceof Stored s
                ? Optional.of(PublishedEvent.v1("test", s.concernId(), new Published(s.concernId())))
                : Optional.empty();
    };

    private static UnpublishedEvents unpublished;

    @BeforeAll
    static void start() throws Exception {
        broker = LocalKafkaBroker.builder().build().start();
        try (Admin admin = broker.createAdmin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        DataSource database = TestDatabase.fresh();
        PlatformSchema.migrate(database);
        unpublished = new UnpublishedEvents(database);
        publisher = new CloudEventPublisher(TOPIC, URI.create("/concerntrail/test-service"),
                broker.adminClientProperties(), CONTRACT, ACK_TIMEOUT, unpublished);
    }

    @AfterAll
    static void stop() {
        publisher.close();
        broker.close();
    }

    @Test
    void anEventIsPublishedAsACloudEventKeyedByItsConcern() throws Exception {
        String concernId = UUID.randomUUID().toString();
        EventMessage<Stored> stored = stored(concernId);
        publisher.on(stored);

        ConsumerRecord<String, byte[]> record = recordsFor(concernId, 1).get(0);
        assertThat(header(record, "ce_id")).isEqualTo(stored.getIdentifier());
        assertThat(header(record, "ce_type")).isEqualTo("no.concerntrail.test.Published.v1");
        assertThat(header(record, "ce_subject")).isEqualTo(concernId);
        assertThat(header(record, "ce_source")).isEqualTo("/concerntrail/test-service");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"concernId\":\"" + concernId + "\"}");
    }

    @Test
    void anEventTheContractKeepsInsideIsNotSent() throws Exception {
        String concernId = UUID.randomUUID().toString();
        EventMessage<String> internal = new GenericDomainEventMessage<>("Concern", concernId, 0, "internal");
        publisher.on(internal);
        EventMessage<Stored> next = stored(concernId);
        publisher.on(next);
        // same key, same partition: once the next one is there, the internal one would have been before it
        assertThat(recordsFor(concernId, 1)).extracting(r -> header(r, "ce_id")).containsExactly(next.getIdentifier());
    }

    /** A stored event the contract cannot map would stop its segment for ever: it is parked, and the next one flows. */
    @Test
    void anEventTheContractCannotMapIsParkedAndTheNextOneIsPublished() throws Exception {
        String concernId = UUID.randomUUID().toString();
        EventMessage<Broken> broken = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(41),
                new GenericDomainEventMessage<>("Concern", concernId, 0, new Broken(concernId)));
        publisher.on(broken);
        EventMessage<Stored> next = stored(concernId);
        publisher.on(next);

        assertThat(recordsFor(concernId, 1)).extracting(r -> header(r, "ce_id")).containsExactly(next.getIdentifier());
        assertThat(unpublished.all()).singleElement().satisfies(parked -> {
            assertThat(parked.globalIndex()).isEqualTo(41);
            assertThat(parked.eventIdentifier()).isEqualTo(broken.getIdentifier());
            assertThat(parked.aggregateIdentifier()).isEqualTo(concernId);
            assertThat(parked.payloadType()).isEqualTo(Broken.class.getName());
            assertThat(parked.reason()).contains("IllegalArgumentException").doesNotContain("protected note");
        });
        // a retry before the fix fails as it did, and it stays parked, once
        assertThatThrownBy(() -> publisher.republish(broken)).isInstanceOf(IllegalArgumentException.class);
        publisher.on(broken);
        assertThat(unpublished.count()).isEqualTo(1);
    }

    /** The processor's token moves only when on() returns: without an acknowledgement it throws, and is retried. */
    @Test
    void withoutTheBrokersAcknowledgementThePublicationFailsAndTheRetryPublishesTheSameEvent() throws Exception {
        String concernId = UUID.randomUUID().toString();
        EventMessage<Stored> stored = stored(concernId);
        broker.stop();
        try {
            long begin = System.nanoTime();
            assertThatThrownBy(() -> publisher.on(stored))
                    .isInstanceOfAny(ExecutionException.class, TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(ACK_TIMEOUT.multipliedBy(5));
        } finally {
            broker.start();
        }
        publisher.on(stored);
        assertThat(recordsFor(concernId, 1)).extracting(r -> header(r, "ce_id")).containsOnly(stored.getIdentifier());
    }

    private static EventMessage<Stored> stored(String concernId) {
        return new GenericDomainEventMessage<>("Concern", concernId, 0, new Stored(concernId, "protected note"));
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String key, int count) {
        Map<String, Object> config = new HashMap<>(broker.adminClientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            // anything more for the key, published by then, comes too
            consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            });
        }
        assertThat(found).as("records for %s", key).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
