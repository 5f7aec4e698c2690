package no.concerntrail.platform.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.EventType;

/**
 * Reads another service's events into the consumer's own records, never the producer's classes: just the fields
 * the consumer needs, unknown fields ignored (the producer only ever adds within a major version). A service's
 * Reader extends this with the event names it reads, the record of each, and what makes a record unusable.
 *
 * @param <T> the consumer's own record type
 */
public abstract class TolerantReader<T> {

    /** What became of one incoming event. */
    public sealed interface Reading<T> {
    }

    /** A readable event of a type this consumer reads. */
    public record Read<T>(String name, T event) implements Reading<T> {
    }

    /** A type this consumer reads whose body breaks the contract; the problem names fields, never their values. */
    public record Unreadable<T>(String name, String problem) implements Reading<T> {
    }

    /** Not for this consumer; {@code otherVersion} when it is a type it reads in a major version it does not know. */
    public record NotRead<T>(boolean otherVersion) implements Reading<T> {
    }

    /** Only major version 1: a new major version is one this reader cannot be trusted to read, until it learns it. */
    private static final int MAJOR = 1;

    private final String producer;
    private final Map<String, Class<? extends T>> types;
    private final ObjectMapper json = ContractJson.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * @param producer the producer's short name in the type scheme ({@link EventType}), e.g. {@code case}
     * @param types    each event name this consumer reads, and the record it reads it into
     */
    protected TolerantReader(String producer, Map<String, Class<? extends T>> types) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.types = Map.copyOf(types);
    }

    /** The names of the events this consumer reads, e.g. {@code ConcernReceived}. */
    public final Set<String> names() {
        return types.keySet();
    }

    /** What makes a parsed record of event {@code name} unusable (a required field missing), or null when it is fine. */
    protected abstract String problem(String name, T event);

    public final Reading<T> read(IncomingCloudEvent event) {
        Optional<EventType> type = EventType.parse(event.type())
                .filter(t -> t.producer().equals(producer) && types.containsKey(t.name()));
        if (type.isEmpty()) {
            return new NotRead<>(false);
        }
        String name = type.get().name();
        if (type.get().major() != MAJOR) {
            return new NotRead<>(true);
        }
        try {
            T read = json.readValue(event.body(), types.get(name));
            String problem = problem(name, read);
            return problem == null ? new Read<>(name, read) : new Unreadable<>(name, problem);
        } catch (JsonMappingException e) {
            String fields = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).collect(Collectors.joining("."));
            return new Unreadable<>(name, fields.isEmpty()
                    ? "the body is not a JSON object of the contract" : "field '" + fields + "' has the wrong form");
        } catch (IOException | IllegalArgumentException e) {
            // not JSON at all, or no body (IllegalArgumentException): the same broken contract
            return new Unreadable<>(name, "the body is not JSON");
        }
    }
}
