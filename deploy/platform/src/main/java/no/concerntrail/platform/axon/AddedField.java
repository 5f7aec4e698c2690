package no.concerntrail.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * The upcaster of an event whose new revision only adds a field: a stored payload of the old revision is read with
 * the field present and null, so the event's handlers meet one shape and say themselves what null means.
 */
public final class AddedField extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;
    private final String field;

    private AddedField(String type, String fromRevision, String toRevision, String field) {
        this.type = type;
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.field = field;
    }

    /** {@code field} is new in {@code event}'s revision {@code toRevision}, and null in {@code fromRevision}. */
    public static AddedField nullBefore(Class<?> event, String fromRevision, String toRevision, String field) {
        return new AddedField(event.getName(), fromRevision, toRevision, field);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(type)
                && Objects.equals(representation.getType().getRevision(), fromRevision);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, toRevision), JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull(field);
            return payload;
        });
    }
}
