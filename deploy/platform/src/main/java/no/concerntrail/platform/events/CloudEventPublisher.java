package no.concerntrail.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import org.jboss.logging.Logger;

/**
 * One publication of a service's stored events to Kafka as CloudEvents (binary mode), fed by an Axon streaming
 * processor that reads the service's own event store: the event store is the outbox. Its {@link Routes} say which
 * topics each event goes to, and as what (a service's own topic; or, for a feed, a topic per event, such as a partner
 * agency's). Each event's sends wait for the broker's acknowledgements (acks=all, idempotent producer) and throw when
 * one is missing, so the processor's token never moves past an event the broker has not stored; the processor retries
 * from that event, which keeps each concern's events in order across outages. Once all are acknowledged, what the
 * service records of them ({@link Delivered}) is written in the processor's transaction. {@code ce_id} is the stored
 * event's id, stable across retries, for consumers to deduplicate on.
 *
 * <p>A stored event the routes can never map as it is (a type this version does not have, a payload it cannot
 * read, a mapping that fails on it) would stop its segment for ever: it is parked instead ({@link UnpublishedEvents},
 * under this publication's name, in the processor's transaction) and the events behind it flow on.
 */
public final class CloudEventPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CloudEventPublisher.class);

    private final String name;
    private final URI source;
    private final Map<String, Object> producerConfig;
    private final ObjectMapper json;
    private final Routes routes;
    private final Delivered delivered;
    private final Duration ackTimeout;
    private final UnpublishedEvents unpublished;
    private KafkaProducer<String, CloudEvent> producer;

    /**
     * @param name      the publication's name: its streaming processor's, and what its parked events are filed under
     * @param source    {@code ce_source}, the publishing service
     * @param delivered what is recorded of an event once every publication of it was acknowledged
     */
    public CloudEventPublisher(String name, URI source, Map<String, Object> kafkaConfig, Routes routes,
                               Delivered delivered, Duration ackTimeout, UnpublishedEvents unpublished) {
        this.name = name;
        this.source = source;
        this.producerConfig = producerConfig(kafkaConfig, ackTimeout);
        this.json = ContractJson.mapper();
        this.routes = routes;
        this.delivered = delivered;
        this.ackTimeout = ackTimeout;
        this.unpublished = unpublished;
    }

    public String name() {
        return name;
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
        List<Publication> publications;
        List<ProducerRecord<String, CloudEvent>> records;
        try {
            publications = routes(stored);
            records = records(stored, publications);
        } catch (Exception never) {
            // a pure function of what is stored: it fails the same way every time
            unpublished.park(name, stored, "the published contract cannot map it (" + kinds(never) + ")");
            return;
        }
        publish(stored, publications, records);
    }

    /** Publishes a parked event again, after a fix: a mapping that still fails is thrown, and it stays parked. */
    public void republish(EventMessage<?> stored) throws Exception {
        List<Publication> publications = routes(stored);
        publish(stored, publications, records(stored, publications));
    }

    private List<Publication> routes(EventMessage<?> stored) throws Exception {
        if (stored.getPayloadType() == UnknownSerializedType.class) {
            throw new Unmappable("this version does not know its type");
        }
        return routes.of(stored);
    }

    private List<ProducerRecord<String, CloudEvent>> records(EventMessage<?> stored, List<Publication> publications)
            throws JsonProcessingException {
        List<ProducerRecord<String, CloudEvent>> records = new ArrayList<>(publications.size());
        for (Publication publication : publications) {
            PublishedEvent event = publication.event();
            CloudEvent cloudEvent = CloudEventBuilder.v1()
                    .withId(stored.getIdentifier())
                    .withSource(source)
                    .withType(event.type())
                    .withSubject(event.subject())
                    .withTime(stored.getTimestamp().atOffset(ZoneOffset.UTC))
                    .withData("application/json", toJson(event.data()))
                    .build();
            records.add(new ProducerRecord<>(publication.topic(), event.subject(), cloudEvent));
        }
        return records;
    }

    /** Sends them all, then waits for every acknowledgement; only then is the delivery recorded. */
    private void publish(EventMessage<?> stored, List<Publication> publications,
                         List<ProducerRecord<String, CloudEvent>> records) throws Exception {
        if (records.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ProducerRecord<String, CloudEvent> record : records) {
            acks.add(producer().send(record));
        }
        long deadline = System.nanoTime() + ackTimeout.plusSeconds(1).toNanos();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the producer reconnects by itself (and bumps its epoch after a timeout); the processor retries
                LOG.warnf("Kafka did not acknowledge %s %s on %s; it will be retried: %s",
                        records.get(i).value().getType(), stored.getIdentifier(), records.get(i).topic(),
                        e.getMessage());
                throw e;
            }
        }
        delivered.after(stored, publications);
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
