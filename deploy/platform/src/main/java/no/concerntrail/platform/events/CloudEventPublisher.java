package no.concerntrail.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import org.jboss.logging.Logger;

/**
 * Publishes a service's stored events to its Kafka topic as CloudEvents (binary mode), fed by an
 * Axon streaming processor that reads the service's own event store: the event store is the outbox.
 * Each send waits for the broker's acknowledgement (acks=all, idempotent producer) and throws when
 * there is none, so the processor's token never moves past an event the broker has not stored; the
 * processor retries from that event, which keeps each concern's events in order across outages.
 * {@code ce_id} is the stored event's id, stable across retries, for consumers to deduplicate on.
 *
 * <p>A stored event the contract can never map as it is (a type this version does not have, a payload it cannot
 * read, a mapping that fails on it) would stop its segment for ever: it is parked instead ({@link UnpublishedEvents},
 * in the processor's transaction) and the events behind it flow on.
 */
public final class CloudEventPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CloudEventPublisher.class);

    private final String topic;
    private final URI source;
    private final Map<String, Object> producerConfig;
    private final ObjectMapper json;
    private final PublishedContract contract;
    private final Duration ackTimeout;
    private final UnpublishedEvents unpublished;
    private KafkaProducer<String, CloudEvent> producer;

    public CloudEventPublisher(String topic, URI source, Map<String, Object> kafkaConfig,
                               PublishedContract contract, Duration ackTimeout, UnpublishedEvents unpublished) {
        this.topic = topic;
        this.source = source;
        this.producerConfig = producerConfig(kafkaConfig, ackTimeout);
        this.json = ContractJson.mapper();
        this.contract = contract;
        this.ackTimeout = ackTimeout;
        this.unpublished = unpublished;
    }

    private static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, Duration ackTimeout) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        // fail a send within the ack timeout, so the processor retries instead of hanging on a dead broker,
        // and well within the processor's claim on its segment, so no other replica takes it over meanwhile
        int timeoutMs = (int) ackTimeout.toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 5_000));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        return config;
    }

    /** Takes the message, not its payload: a payload that cannot be read is then this handler's to park. */
    @EventHandler
    public void on(EventMessage<?> stored) throws Exception {
        Optional<CloudEvent> cloudEvent;
        try {
            cloudEvent = cloudEvent(stored);
        } catch (Unmappable | RuntimeException | JsonProcessingException never) {
            // a pure function of what is stored: it fails the same way every time
            unpublished.park(stored, "the published contract cannot map it (" + kinds(never) + ")");
            return;
        }
        if (cloudEvent.isPresent()) {
            send(stored, cloudEvent.get());
        }
    }

    /** Publishes a parked event again, after a fix: a mapping that still fails is thrown, and it stays parked. */
    public void republish(EventMessage<?> stored) throws Exception {
        Optional<CloudEvent> cloudEvent = cloudEvent(stored);
        if (cloudEvent.isPresent()) {
            send(stored, cloudEvent.get());
        }
    }

    /** The stored event as published, or nothing when it is internal. */
    private Optional<CloudEvent> cloudEvent(EventMessage<?> stored) throws Unmappable, JsonProcessingException {
        if (stored.getPayloadType() == UnknownSerializedType.class) {
            throw new Unmappable("this version does not know its type");
        }
        Optional<PublishedEvent> published = contract.publish(stored);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PublishedEvent event = published.get();
        return Optional.of(CloudEventBuilder.v1()
                .withId(stored.getIdentifier())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(stored.getTimestamp().atOffset(ZoneOffset.UTC))
                .withData("application/json", toJson(event.data()))
                .build());
    }

    /** The kinds of failure, outermost first; never their messages, which may quote the data. */
    private static String kinds(Throwable failure) {
        StringBuilder kinds = new StringBuilder(failure instanceof Unmappable ? failure.getMessage()
                : failure.getClass().getSimpleName());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            kinds.append(" < ").append(cause.getClass().getSimpleName());
        }
        return kinds.toString();
    }

    private void send(EventMessage<?> stored, CloudEvent cloudEvent) throws Exception {
        String type = cloudEvent.getType();
        try {
            producer().send(new ProducerRecord<>(topic, cloudEvent.getSubject(), cloudEvent))
                    .get(ackTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the producer reconnects by itself (and bumps its epoch after a timeout); the processor retries
            LOG.warnf("Kafka did not acknowledge %s %s on %s; it will be retried: %s",
                    type, stored.getIdentifier(), topic, e.getMessage());
            throw e;
        }
    }

    /** A stored event that cannot be published as it is, for a reason that names no data. */
    private static final class Unmappable extends Exception {
        Unmappable(String reason) {
            super(reason);
        }
    }

    private byte[] toJson(Object data) throws JsonProcessingException {
        return json.writeValueAsBytes(data);
    }

    private synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig);
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
