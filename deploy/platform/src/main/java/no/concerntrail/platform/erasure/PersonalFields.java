package no.concerntrail.platform.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;

/**
 * The {@link PersonalData} fields of one class and the {@link DataSubject} they belong to, read off the class once;
 * seals and opens them in the class's JSON tree. A sealed field is {@code {"$sealed": "<base64>"}} in place of its
 * value; a field stored before sealing existed is plain JSON, and read as it is.
 */
final class PersonalFields {

    static final String SEALED = "$sealed";
    static final PersonalFields NONE = new PersonalFields(null, List.of());

    private final String subject;
    private final List<String> fields;

    private PersonalFields(String subject, List<String> fields) {
        this.subject = subject;
        this.fields = fields;
    }

    static PersonalFields of(Class<?> type) {
        String subject = null;
        List<String> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(PersonalData.class)) {
                    fields.add(field.getName());
                }
                if (field.isAnnotationPresent(DataSubject.class)) {
                    if (subject != null || field.getType() != UUID.class) {
                        throw new IllegalStateException(type.getName() + " must have one @DataSubject, a UUID");
                    }
                    subject = field.getName();
                }
            }
        }
        if (fields.isEmpty()) {
            return NONE;
        }
        if (subject == null) {
            throw new IllegalStateException(type.getName() + " has personal data and no @DataSubject to say whose");
        }
        return new PersonalFields(subject, List.copyOf(fields));
    }

    boolean none() {
        return fields.isEmpty();
    }

    /** Seals each personal field under its subject's key; an erased subject's are left out (null). */
    void seal(ObjectNode tree, SubjectKeys keys, ObjectMapper json) {
        UUID owner = subjectOf(tree);
        Optional<SecretKey> key = Optional.empty();
        boolean looked = false;
        for (String field : fields) {
            JsonNode value = tree.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!looked) {
                key = keys.forSealing(owner);
                looked = true;
            }
            if (key.isEmpty()) {
                tree.putNull(field);
            } else {
                byte[] plain = write(json, value);
                tree.putObject(field).put(SEALED, Base64.getEncoder().encodeToString(
                        AesGcm.seal(key.get(), associated(owner, field), plain)));
            }
        }
    }

    /** Opens each sealed field; an erased subject's read as null. */
    void open(ObjectNode tree, SubjectKeys keys, ObjectMapper json) {
        UUID owner = null;
        Optional<SecretKey> key = Optional.empty();
        for (String field : fields) {
            JsonNode value = tree.get(field);
            if (value == null || !value.isObject() || !value.has(SEALED)) {
                continue;
            }
            if (owner == null) {
                owner = subjectOf(tree);
                key = keys.forOpening(owner);
            }
            if (key.isEmpty()) {
                tree.putNull(field);
            } else {
                byte[] sealed = Base64.getDecoder().decode(value.get(SEALED).asText());
                tree.set(field, read(json, AesGcm.open(key.get(), associated(owner, field), sealed)));
            }
        }
    }

    private UUID subjectOf(ObjectNode tree) {
        JsonNode id = tree.get(subject);
        if (id == null || id.isNull()) {
            throw new IllegalStateException("Personal data without its subject (" + subject + " is missing)");
        }
        return UUID.fromString(id.asText());
    }

    private static byte[] associated(UUID owner, String field) {
        return (owner + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(ObjectMapper json, JsonNode value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }

    private static JsonNode read(ObjectMapper json, byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("A sealed field opened to bytes that are not JSON", e);
        }
    }
}
