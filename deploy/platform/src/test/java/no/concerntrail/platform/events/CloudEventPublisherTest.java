package no.concerntrail.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
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

    /** A feed: each Stored to the topic its note names and to the audit topic, each delivery recorded once acked. */
    private static final String AUDIT_TOPIC = "concerntrail.test.audit";
    private static final Routes FEED_ROUTES = stored -> {
        if (stored.getPayload() instanceof Broken) {
            throw new IllegalStateException("No route for a Broken");
        }
        return stored.getPayload() instanceof Stored s
                ? List.of(new Publication("concerntrail.test." + s.note(), PublishedEvent.v1("test", "k-" + s.concernId(),
                        new Published(s.concernId()))),
                new Publication(AUDIT_TOPIC, PublishedEvent.v1("test", s.concernId(), new Published(s.concernId()))))
                : List.of();
    };
    private static final Map<String, List<String>> DELIVERED = new ConcurrentHashMap<>();
    private static CloudEventPublisher feed;

    @BeforeAll
    static void start() throws Exception {
        broker = LocalKafkaBroker.builder().build().start();
        try (Admin admin = broker.createAdmin()) {
            admin.createTopics(Stream.of(TOPIC, AUDIT_TOPIC, "concerntrail.test.agency-a", "concerntrail.test.agency-b")
                    .map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all().get(30, TimeUnit.SECONDS);
        }
        DataSource database = TestDatabase.fresh();
        PlatformSchema.migrate(database);
        unpublished = new UnpublishedEvents(database);
        publisher = new CloudEventPublisher("test-events-publication", URI.create("/concerntrail/test-service"),
                broker.adminClientProperties(), Routes.to(TOPIC, CONTRACT), Delivered.NOTHING, ACK_TIMEOUT,
                unpublished);
        feed = new CloudEventPublisher("test-feed", URI.create("/concerntrail/test-service"),
                broker.adminClientProperties(), FEED_ROUTES, (stored, publications) -> DELIVERED.put(
                        stored.getIdentifier(), publications.stream().map(Publication::topic).toList()),
                ACK_TIMEOUT, unpublished);
    }

    @AfterAll
    static void stop() {
        publisher.close();
        feed.close();
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
        assertThat(unpublished.all()).filteredOn(parked -> parked.globalIndex() == 41).singleElement().satisfies(parked -> {
            assertThat(parked.publication()).isEqualTo("test-events-publication");
            assertThat(parked.globalIndex()).isEqualTo(41);
            assertThat(parked.eventIdentifier()).isEqualTo(broken.getIdentifier());
            assertThat(parked.aggregateIdentifier()).isEqualTo(concernId);
            assertThat(parked.payloadType()).isEqualTo(Broken.class.getName());
            assertThat(parked.reason()).contains("IllegalArgumentException").doesNotContain("protected note");
        });
        // a retry before the fix fails as it did, and it stays parked, once
        assertThatThrownBy(() -> publisher.republish(broken)).isInstanceOf(IllegalArgumentException.class);
        publisher.on(broken);
        assertThat(unpublished.all()).filteredOn(parked -> parked.globalIndex() == 41).hasSize(1);
    }

    /** A feed sends an event wherever its routes say, each with the stored event's id, and records that once acked. */
    @Test
    void aFeedSendsAnEventToEveryTopicItsRoutesNameAndRecordsTheDelivery() throws Exception {
        String concernId = UUID.randomUUID().toString();
        EventMessage<Stored> stored = new GenericDomainEventMessage<>("Concern", concernId, 0,
                new Stored(concernId, "agency-b"));
        feed.on(stored);

        assertThat(recordsFor("concerntrail.test.agency-b", "k-" + concernId, 1))
                .extracting(r -> header(r, "ce_id"), r -> header(r, "ce_subject"))
                .containsExactly(tuple(stored.getIdentifier(), "k-" + concernId));
        assertThat(recordsFor(AUDIT_TOPIC, concernId, 1)).extracting(r -> header(r, "ce_id"))
                .containsExactly(stored.getIdentifier());
        assertThat(DELIVERED.get(stored.getIdentifier()))
                .containsExactly("concerntrail.test.agency-b", AUDIT_TOPIC);
    }

    /** Each publication parks for itself: the same event is parked once for the feed and once for the topic. */
    @Test
    void anEventParkedByOnePublicationIsFiledUnderItsName() throws Exception {
        String concernId = UUID.randomUUID().toString();
        EventMessage<Broken> broken = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(77),
                new GenericDomainEventMessage<>("Concern", concernId, 0, new Broken(concernId)));
        feed.on(broken);
        publisher.on(broken);

        assertThat(unpublished.all()).filteredOn(parked -> parked.globalIndex() == 77)
                .extracting(UnpublishedEvents.Unpublished::publication, UnpublishedEvents.Unpublished::reason)
                .containsExactlyInAnyOrder(
                        tuple("test-feed", "the published contract cannot map it (IllegalStateException)"),
                        tuple("test-events-publication",
                                "the published contract cannot map it (IllegalArgumentException)"));
        assertThat(DELIVERED).doesNotContainKey(broken.getIdentifier());
    }

    /** The processor's token moves only when on() returns: without an acknowledgement it throws, and is retried. */
    @Test
    void withoutTheBrokersAcknowledgementThePublicationFailsAndTheRetryPublishesTheSameEvent() throws Exception {
        String concernId = UUID.randomUUID().toString();
        EventMessage<Stored> stored = new GenericDomainEventMessage<>("Concern", concernId, 0,
                new Stored(concernId, "agency-a"));
        broker.stop();
        try {
            long begin = System.nanoTime();
            assertThatThrownBy(() -> publisher.on(stored))
                    .isInstanceOfAny(ExecutionException.class, TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(ACK_TIMEOUT.multipliedBy(5));
            assertThatThrownBy(() -> feed.on(stored)).isInstanceOfAny(ExecutionException.class, TimeoutException.class);
            assertThat(DELIVERED).as("nothing recorded as delivered without the acks")
                    .doesNotContainKey(stored.getIdentifier());
        } finally {
            broker.start();
        }
        feed.on(stored);
        assertThat(DELIVERED).containsKey(stored.getIdentifier());
        publisher.on(stored);
        assertThat(recordsFor(concernId, 1)).extracting(r -> header(r, "ce_id")).containsOnly(stored.getIdentifier());
    }

    private static EventMessage<Stored> stored(String concernId) {
        return new GenericDomainEventMessage<>("Concern", concernId, 0, new Stored(concernId, "protected note"));
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String key, int count) {
        return recordsFor(TOPIC, key, count);
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String topic, String key, int count) {
        Map<String, Object> config = new HashMap<>(broker.adminClientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
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
