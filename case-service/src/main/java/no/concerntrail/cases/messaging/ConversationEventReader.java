package no.concerntrail.cases.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationCancelled;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationDeclined;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationHeld;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationNoShow;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationPlanned;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationRescheduled;
import no.concerntrail.cases.messaging.ConversationEvent.Unreadable;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.IncomingCloudEvent;

/** Turns an incoming CloudEvent into a {@link ConversationEvent}, or nothing when case-service does not read its type. */
final class ConversationEventReader {

    static final String TYPE_PREFIX = "no.concerntrail.conversation.";
    /**
     * Only major version 1: a new major version is by definition one this reader cannot be trusted to read
     * (fields are only ever added within a version), so it is ignored, with a warning, until case-service learns it.
     */
    static final String TYPE_SUFFIX = ".v1";

    private static final Map<String, Class<? extends ConversationEvent>> READ = Map.of(
            "ConversationPlanned", ConversationPlanned.class,
            "ConversationRescheduled", ConversationRescheduled.class,
            "ConversationHeld", ConversationHeld.class,
            "ConversationDeclined", ConversationDeclined.class,
            "ConversationCancelled", ConversationCancelled.class,
            "ConversationNoShow", ConversationNoShow.class);

    /** The contract's JSON (ISO dates), tolerant: the records ignore unknown fields, and so does the mapper. */
    private final ObjectMapper json = ContractJson.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * @param published when the event was published (the Kafka record's time), for an event whose body is unreadable
     * @return empty for a type or version case-service does not read
     */
    Optional<ConversationEvent> read(IncomingCloudEvent event, Instant published) {
        Optional<String> name = READ.keySet().stream().filter(n -> event.is(TYPE_PREFIX, n)).findFirst();
        if (name.isEmpty() || !event.type().endsWith(TYPE_SUFFIX)) {
            return Optional.empty();
        }
        try {
            ConversationEvent read = json.readValue(event.body(), READ.get(name.get()));
            if (read.conversationId() == null || read.concernId() == null || read.at() == null) {
                return Optional.of(unreadable(name.get(), event, published, "conversationId, concernId or at is missing"));
            }
            return Optional.of(read);
        } catch (JsonMappingException e) {
            String fields = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(f -> f != null).collect(Collectors.joining("."));
            return Optional.of(unreadable(name.get(), event, published, fields.isEmpty()
                    ? "the body is not a JSON object of the contract" : "field '" + fields + "' has the wrong form"));
        } catch (IOException | IllegalArgumentException e) {
            // not JSON at all, or no body (IllegalArgumentException): the same broken contract
            return Optional.of(unreadable(name.get(), event, published, "the body is not JSON"));
        }
    }

    /** Whether the type is conversation-service's but of a version this reader does not know: worth a warning. */
    static boolean isUnknownVersionOfKnownType(IncomingCloudEvent event) {
        return !event.type().endsWith(TYPE_SUFFIX)
                && READ.keySet().stream().anyMatch(name -> event.is(TYPE_PREFIX, name));
    }

    private static Unreadable unreadable(String name, IncomingCloudEvent event, Instant published, String problem) {
        return new Unreadable(name, concernId(event.subject()), published,
                "ce_id " + event.id() + " is not a readable " + name + TYPE_SUFFIX + ": " + problem);
    }

    private static UUID concernId(String subject) {
        try {
            return subject == null ? null : UUID.fromString(subject);
        } catch (IllegalArgumentException notAConcernId) {
            return null;
        }
    }
}
