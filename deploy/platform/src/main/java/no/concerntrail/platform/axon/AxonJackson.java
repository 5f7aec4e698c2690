package no.concerntrail.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.erasure.SealingSerializer;
import no.concerntrail.platform.erasure.SubjectKeys;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Jackson serializers for Axon. Stored events are read tolerantly: a field added later must not make
 * old events unreadable (an event that really changes gets an upcaster). Snapshots hold an
 * aggregate's private state, read and written by field, and strictly: a snapshot that no longer fits
 * the aggregate fails to load, and Axon then replays the events instead of trusting it. What is stored, events and
 * snapshots, has its personal data sealed under each data subject's key ({@link SealingSerializer}).
 */
public final class AxonJackson {

    private final JacksonSerializer messages;
    private final JacksonSerializer state;
    private final SubjectKeys keys;

    public AxonJackson(SubjectKeys keys) {
        this.keys = keys;
        ObjectMapper stored = ContractJson.mapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.messages = JacksonSerializer.builder().objectMapper(stored).build();
        ObjectMapper state = ContractJson.mapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        this.state = JacksonSerializer.builder().objectMapper(state).build();
    }

    /** Messages as they pass (commands, tokens), never stored as events. */
    public JacksonSerializer messages() {
        return messages;
    }

    /** Stored events. */
    public Serializer events() {
        return new SealingSerializer(messages, keys);
    }

    /** Stored snapshots. */
    public Serializer snapshots() {
        return new SealingSerializer(state, keys);
    }
}
