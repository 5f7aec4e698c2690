package no.concerntrail.cases.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes to concerntrail.conversation.events as conversation-service does ({@link CloudEventTopic}).
 * The bodies follow conversation-service's published contract v1, in full (more than case-service reads).
 */
public final class ConversationTopic {

    public static final String TOPIC = "concerntrail.conversation.events";
    public static final String TYPE_PREFIX = "no.concerntrail.conversation.";

    private static final CloudEventTopic CONVERSATIONS =
            new CloudEventTopic(TOPIC, "conversation-service", TYPE_PREFIX);

    private ConversationTopic() {
    }

    /** Publishes {@code <name>.v1} with a new ce_id, which it returns. */
    public static String publish(String name, String concernId, Map<String, Object> body) {
        return CONVERSATIONS.publish(name, concernId, body);
    }

    /** Publishes {@code <name>.v1} with the given ce_id (the same one again: a redelivery). */
    public static String publish(String ceId, String name, String concernId, Map<String, Object> body) {
        return CONVERSATIONS.publish(ceId, name, concernId, body);
    }

    /** Any type and body, as a CloudEvent in binary mode. */
    public static String publish(String ceId, String type, String concernId, byte[] body) {
        return CONVERSATIONS.publish(ceId, type, concernId, body);
    }

    /** A record as it is, e.g. one without any CloudEvents header. */
    public static void send(ProducerRecord<String, byte[]> record) {
        CONVERSATIONS.send(record);
    }

    public static Map<String, Object> planned(String conversationId, String concernId) {
        Map<String, Object> body = about(conversationId, concernId);
        body.put("kind", "concern");
        body.put("plannedStart", Instant.now().plus(7, ChronoUnit.DAYS));
        body.put("mandatory", false);
        body.put("summonsGround", null);
        body.put("guardiansInvited", true);
        return body;
    }

    /** A conversation held by the police with the minor and guardians; outcome LOWERED, RAISED or UNCHANGED. */
    public static Map<String, Object> held(String conversationId, String concernId, String outcome, String newLevel) {
        Map<String, Object> body = about(conversationId, concernId);
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        body.put("kind", "concern");
        body.put("startedAt", start);
        body.put("endedAt", start.plus(90, ChronoUnit.MINUTES));
        body.put("heldBy", "POLICE_OFFICER");
        body.put("trustedPersonRole", null);
        body.put("guidingOfficer", null);
        body.put("guardiansPresent", true);
        body.put("rightsNoticeGivenAt", start);
        body.put("purposes", List.of("CLARIFY", "OFFER_HELP"));
        body.put("outcome", outcome);
        body.put("newLevel", newLevel);
        body.put("helpNeeds", List.of("EDUCATION", "LEISURE"));
        body.put("measures", 2);
        body.put("followUpDate", LocalDate.now().plusWeeks(4));
        return body;
    }

    public static Map<String, Object> cancelled(String conversationId, String concernId) {
        return about(conversationId, concernId);
    }

    private static Map<String, Object> about(String conversationId, String concernId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", conversationId);
        body.put("concernId", concernId);
        body.put("actor", "officer-per");
        body.put("at", Instant.now());
        return body;
    }
}
