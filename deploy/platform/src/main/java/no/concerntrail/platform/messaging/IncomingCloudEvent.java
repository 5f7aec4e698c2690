package no.concerntrail.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Another service's event as a tolerant reader sees it: the CloudEvents attributes from the Kafka
 * headers (binary mode) and the JSON body, nothing typed by the producer. A record without
 * {@code ce_id} or {@code ce_type} is not a CloudEvent and is refused.
 *
 * @param id      {@code ce_id}: the producer's stored event id, the key to deduplicate on
 * @param type    {@code ce_type}, e.g. {@code no.concerntrail.case.ConcernReceived.v1}
 * @param subject {@code ce_subject}: the concern id, when the producer set it
 * @param body    the JSON body
 */
public record IncomingCloudEvent(String id, String type, String subject, byte[] body) {

    public static IncomingCloudEvent of(ConsumerRecord<?, byte[]> record) {
        String id = header(record, "ce_id").orElseThrow(() -> notACloudEvent(record, "ce_id"));
        String type = header(record, "ce_type").orElseThrow(() -> notACloudEvent(record, "ce_type"));
        return new IncomingCloudEvent(id, type, header(record, "ce_subject").orElse(null), record.value());
    }

    /** Whether {@code ce_type} is {@code prefix + name + ".v<major>"} for any major version. */
    public boolean is(String prefix, String name) {
        return type.startsWith(prefix + name + ".v");
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static IllegalArgumentException notACloudEvent(ConsumerRecord<?, ?> record, String missing) {
        return new IllegalArgumentException("Record " + record.topic() + "-" + record.partition() + "@"
                + record.offset() + " has no " + missing + " header: not a CloudEvent in binary mode");
    }
}
