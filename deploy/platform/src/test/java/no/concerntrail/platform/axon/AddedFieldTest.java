package no.concerntrail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** An event stored before its revision added a field is read as the new revision, with the field null. */
class AddedFieldTest {

    @Revision("2")
    public record Received(String concernId, String district, String level) {
    }

    private final JacksonSerializer serializer = new AxonJackson(null).messages();
    private final AddedField upcaster = AddedField.nullBefore(Received.class, "1", "2", "district");

    @Test
    void anOlderRevisionGetsTheFieldAsNull() {
        IntermediateEventRepresentation upcast = upcastOne(stored("1", "{\"concernId\":\"c-1\",\"level\":\"HIGH\"}"));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(read(upcast)).isEqualTo(new Received("c-1", null, "HIGH"));
    }

    @Test
    void theCurrentRevisionIsLeftAsItIs() {
        IntermediateEventRepresentation upcast =
                upcastOne(stored("2", "{\"concernId\":\"c-2\",\"district\":\"OSLO\",\"level\":\"LOW\"}"));

        assertThat(read(upcast)).isEqualTo(new Received("c-2", "OSLO", "LOW"));
    }

    @Test
    void anotherEventTypeIsLeftAsItIs() {
        GenericDomainEventEntry<byte[]> other = new GenericDomainEventEntry<>("Concern", "c-3", 0, "e-3",
                Instant.EPOCH, "some.other.Event", "1", "{}".getBytes(StandardCharsets.UTF_8),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());

        assertThat(upcastOne(other).getType().getName()).isEqualTo("some.other.Event");
        assertThat(upcastOne(other).getType().getRevision()).isEqualTo("1");
    }

    private GenericDomainEventEntry<byte[]> stored(String revision, String json) {
        return new GenericDomainEventEntry<>("Concern", "c", 0, "e", Instant.EPOCH, Received.class.getName(),
                revision, json.getBytes(StandardCharsets.UTF_8),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());
    }

    private IntermediateEventRepresentation upcastOne(GenericDomainEventEntry<byte[]> entry) {
        List<IntermediateEventRepresentation> upcast =
                upcaster.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private Received read(IntermediateEventRepresentation upcast) {
        SerializedObject<?> data = upcast.getData();
        return serializer.deserialize(data);
    }
}
