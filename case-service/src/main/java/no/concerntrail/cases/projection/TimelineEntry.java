package no.concerntrail.cases.projection;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * Something another service reported about a concern (one CloudEvent), as its timeline keeps it.
 *
 * @param ceId          the CloudEvent's id: one entry per event, however often Kafka delivered it
 * @param source        the service that reported it, e.g. {@code conversation-service}
 * @param type          what happened, e.g. {@code ConversationHeld}
 * @param data          the fields case-service read from the event; null when it could not be read
 * @param refusedRule   set when the event asked case-service to change the concern and the concern refused:
 *                      the rule that refused it (null when applied or nothing was asked)
 * @param refusedDetail why, in words, for the case worker
 */
public record TimelineEntry(String ceId, UUID concernId, String source, String type, Instant at, String actor,
                            JsonNode data, String refusedRule, String refusedDetail) {
}
