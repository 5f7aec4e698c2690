package no.concerntrail.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Function;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * The upcaster of an event whose new revision adds a field: a stored payload of the old revision is read with the
 * field present, null or made from what the old payload holds, so the event's handlers meet one shape and say
 * themselves what null means.
 */
public final class AddedField extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;
    private final String field;
    private final Function<ObjectNode, JsonNode> value;

    private AddedField(String type, String fromRevision, String toRevision, String field,
                       Function<ObjectNode, JsonNode> value) {
        this.type = type;
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.field = field;
        this.value = value;
    }

    /** {@code field} is new in {@code event}'s revision {@code toRevision}, and null in {@code fromRevision}. */
    public static AddedField nullBefore(Class<?> event, String fromRevision, String toRevision, String field) {
        return new AddedField(event.getName(), fromRevision, toRevision, field, payload -> NullNode.getInstance());
    }

    /**
     * {@code field} is new in {@code event}'s revision {@code toRevision}; in {@code fromRevision} it is what
     * {@code value} makes of the old payload (JSON null where it cannot tell).
     */
    public static AddedField derivedBefore(Class<?> event, String fromRevision, String toRevision, String field,
                                           Function<ObjectNode, JsonNode> value) {
        return new AddedField(event.getName(), fromRevision, toRevision, field, value);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(type)
                && Objects.equals(representation.getType().getRevision(), fromRevision);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, toRevision), JsonNode.class, payload -> {
            ObjectNode old = (ObjectNode) payload;
            old.set(field, value.apply(old));
            return payload;
        });
    }
}
