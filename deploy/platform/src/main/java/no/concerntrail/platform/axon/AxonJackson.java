package no.concerntrail.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Jackson serializers for Axon, derived from the application's ObjectMapper (java.time, records).
 * Stored events are read tolerantly: a field added later must not make old events unreadable.
 * Snapshots hold an aggregate's private state, so they are read and written by field.
 */
public final class AxonJackson {

    private final JacksonSerializer messages;
    private final JacksonSerializer snapshots;

    public AxonJackson(ObjectMapper applicationMapper) {
        ObjectMapper stored = applicationMapper.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.messages = JacksonSerializer.builder().objectMapper(stored).build();
        ObjectMapper state = stored.copy()
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        this.snapshots = JacksonSerializer.builder().objectMapper(state).build();
    }

    public JacksonSerializer messages() {
        return messages;
    }

    public JacksonSerializer snapshots() {
        return snapshots;
    }
}
