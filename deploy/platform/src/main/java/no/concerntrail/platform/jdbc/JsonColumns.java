package no.concerntrail.platform.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.concerntrail.platform.events.ContractJson;

/**
 * JSON in a read model's {@code jsonb} column, written and read with the JSON of what lasts ({@link ContractJson}),
 * so the API's mapper settings never change what is stored. A column that cannot be read is a defect (500), and the
 * error names the column, never its contents.
 */
public final class JsonColumns {

    private static final ObjectMapper JSON = ContractJson.mapper();

    private JsonColumns() {
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type, String column) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + column, e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type, String column) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + column, e);
        }
    }

    public static JsonNode tree(String json, String column) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + column, e);
        }
    }
}
