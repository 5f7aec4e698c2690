package no.concerntrail.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.concerntrail.platform.events.EventType;
import no.concerntrail.platform.messaging.IncomingCloudEvent;
import no.concerntrail.platform.messaging.TolerantReader;
import org.junit.jupiter.api.Test;

/**
 * A consumer's tolerant reader against the producer's published examples ({@link ContractExamples}): every example
 * of a type it reads is read, none is unreadable, and every type it reads is one the producer publishes. A service's
 * test extends this with the producer and its reader.
 */
public abstract class ContractReaderTest {

    private final String producer;
    private final TolerantReader<?> reader;

    protected ContractReaderTest(String producer, TolerantReader<?> reader) {
        this.producer = producer;
        this.reader = reader;
    }

    @Test
    void readsEveryExampleOfTheTypesItReads() {
        Map<String, JsonNode> examples = ContractExamples.of(producer);
        int read = 0;
        for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
            TolerantReader.Reading<?> reading = reader.read(new IncomingCloudEvent(UUID.randomUUID().toString(),
                    example.getKey(), example.getValue().path("concernId").asText(),
                    example.getValue().toString().getBytes(StandardCharsets.UTF_8)));
            if (reader.names().contains(EventType.parse(example.getKey()).orElseThrow().name())) {
                assertThat(reading).as("%s as this consumer reads it", example.getKey())
                        .isInstanceOf(TolerantReader.Read.class);
                read++;
            } else {
                assertThat(reading).as(example.getKey()).isInstanceOf(TolerantReader.NotRead.class);
            }
        }
        assertThat(read).isEqualTo(reader.names().size());
    }

    @Test
    void readsNoTypeTheProducerDoesNotPublish() {
        assertThat(ContractExamples.of(producer).keySet().stream()
                .map(type -> EventType.parse(type).orElseThrow().name()).collect(Collectors.toSet()))
                .containsAll(reader.names());
    }
}
