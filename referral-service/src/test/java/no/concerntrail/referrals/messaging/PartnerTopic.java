package no.concerntrail.referrals.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import no.concerntrail.local.KafkaTopology;
import no.concerntrail.testing.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** An agency's partner topic read as the agency reads it: with its own Kafka login, in one of its own groups. */
public final class PartnerTopic {

    private PartnerTopic() {
    }

    /** Every record on the agency's topic from the beginning, read until {@code enough} holds of those found. */
    public static List<ConsumerRecord<String, byte[]>> read(String agency,
                                                     Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
        String principal = KafkaTopology.partnerPrincipal(agency);
        Map<String, Object> config = new HashMap<>(KafkaTestResource.clientProperties(principal));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, principal + ".test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(KafkaTopology.partnerReferralsTopic(agency)));
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
                return enough.test(found);
            });
            // anything published by then comes too
            consumer.poll(Duration.ofMillis(300)).forEach(found::add);
        }
        return found;
    }

    /** The agency's records about one referral, at least {@code count} of them. */
    static List<ConsumerRecord<String, byte[]>> recordsFor(String agency, String referralId, int count) {
        return read(agency, found -> found.stream().filter(record -> referralId.equals(record.key())).count() >= count)
                .stream().filter(record -> referralId.equals(record.key())).toList();
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
