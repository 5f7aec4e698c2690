package no.concerntrail.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A producer's published contract by example: {@code META-INF/contract/examples.json} in the producer's module,
 * one JSON body per CloudEvents type. The producer's test proves each example has exactly the shape its contract
 * publishes (so the examples cannot drift from the code); each consumer's test proves its tolerant reader reads every
 * example of a type it reads (so a change on one side that breaks the other fails a build).
 */
public final class ContractExamples {

    /** Where a service keeps its examples, relative to its module. */
    public static final String FILE = "src/main/resources/META-INF/contract/examples.json";

    private ContractExamples() {
    }

    /** The examples of {@code service} (e.g. {@code case-service}), read from its module beside the caller's. */
    public static Map<String, JsonNode> of(String service) {
        Path file = Path.of("..", service, FILE);
        try {
            JsonNode all = new ObjectMapper().readTree(file.toFile());
            Map<String, JsonNode> examples = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = all.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> example = fields.next();
                examples.put(example.getKey(), example.getValue());
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the contract examples of " + service + " at " + file, e);
        }
    }

    /** Every field's path in the body, e.g. {@code subject.birthDate}; the shape, whatever the values. */
    public static TreeSet<String> shape(JsonNode body) {
        TreeSet<String> paths = new TreeSet<>();
        collect(body, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, TreeSet<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String path = prefix + field.getKey();
                paths.add(path);
                collect(field.getValue(), path + ".", paths);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, prefix.isEmpty() ? "[]." : prefix.substring(0, prefix.length() - 1)
                    + "[].", paths));
        }
    }
}
