package no.concerntrail.platform.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer with crypto-shredding: the {@code @PersonalData} fields of what it stores (events,
 * snapshots) are sealed under their {@code @DataSubject}'s key as they are written, and opened as they are read, so a
 * service author marks fields and does nothing else. Everything else passes through unchanged. Upcasters see the
 * sealed form, and may add or move fields around it.
 */
public final class SealingSerializer implements Serializer {

    private final JacksonSerializer jackson;
    private final SubjectKeys keys;
    private final ClassValue<PersonalFields> personal = new ClassValue<>() {
        @Override
        protected PersonalFields computeValue(Class<?> type) {
            return PersonalFields.of(type);
        }
    };

    public SealingSerializer(JacksonSerializer jackson, SubjectKeys keys) {
        this.jackson = jackson;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalFields fields = object == null ? PersonalFields.NONE : personal.get(object.getClass());
        if (fields.none()) {
            return jackson.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = jackson.getObjectMapper().valueToTree(object);
        fields.seal(tree, keys, jackson.getObjectMapper());
        SerializedObject<JsonNode> sealed = new SimpleSerializedObject<>(tree, JsonNode.class,
                typeForClass(object.getClass()));
        return getConverter().convert(sealed, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        PersonalFields fields = type == UnknownSerializedType.class ? PersonalFields.NONE : personal.get(type);
        if (fields.none()) {
            return jackson.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject, JsonNode.class).getData().deepCopy();
        if (tree instanceof ObjectNode object) {
            fields.open(object, keys, jackson.getObjectMapper());
        }
        return jackson.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
