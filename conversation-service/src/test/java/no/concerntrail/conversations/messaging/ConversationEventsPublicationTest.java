package no.concerntrail.conversations.messaging;

import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.minorBirthDate;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static no.concerntrail.conversations.api.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.conversations.ConversationServiceInfra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What other police services read on concerntrail.conversation.events: CloudEvents keyed by concern, and
 * never the protected note, the credibility assessment, the factors, names or free text.
 */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class ConversationEventsPublicationTest {

    private static final List<String> PROTECTED_FIELDS = List.of("note", "credibility", "factors", "guardians",
            "place", "reason", "measures[]", "description", "responsible", "name",
            "guardiansNotInvitedReason", "rightsNotice", "subjectBirthDate", "wayForward");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aHeldConversationIsPublishedWithoutItsProtectedParts() throws Exception {
        UUID concernId = openConcern(minorBirthDate());
        String id = plan(invitation(concernId, "concern"));
        Map<String, Object> body = with(held(), "heldBy",
                Map.of("role", "TRUSTED_PERSON", "name", "Teacher Berit", "trustedPersonRole", "TEACHER"));
        body = with(with(body, "guidingOfficer", "officer-kari"), "outcome", "LOWERED");
        caseWorker().body(with(body, "newLevel", "LOW")).post("/conversations/{id}/held", id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = ConversationTopic.recordsFor(concernId.toString(), r -> r.size() >= 2);
        assertThat(records).extracting(r -> ConversationTopic.header(r, "ce_type")).containsExactly(
                "no.concerntrail.conversation.ConversationPlanned.v1", "no.concerntrail.conversation.ConversationHeld.v1");
        assertThat(records).extracting(r -> ConversationTopic.header(r, "ce_subject")).containsOnly(concernId.toString());
        assertThat(records).extracting(r -> ConversationTopic.header(r, "ce_source"))
                .containsOnly("/concerntrail/conversation-service");

        JsonNode heldEvent = json.readTree(records.get(1).value());
        assertThat(heldEvent.path("conversationId").asText()).isEqualTo(id);
        assertThat(heldEvent.path("outcome").asText()).isEqualTo("LOWERED");
        assertThat(heldEvent.path("newLevel").asText()).isEqualTo("LOW");
        assertThat(heldEvent.path("heldBy").asText()).isEqualTo("TRUSTED_PERSON");
        assertThat(heldEvent.path("trustedPersonRole").asText()).isEqualTo("TEACHER");
        assertThat(heldEvent.path("guidingOfficer").asText()).isEqualTo("officer-kari");
        assertThat(heldEvent.path("measures").asInt()).isEqualTo(1);
        assertThat(heldEvent.path("guardiansPresent").isBoolean()).as("whether, never who").isTrue();
        assertThat(heldEvent.path("actor").asText()).isEqualTo("officer-kari");

        for (ConsumerRecord<String, byte[]> record : records) {
            String text = ConversationTopic.body(record);
            assertThat(fieldNames(json.readTree(record.value()))).doesNotContainAnyElementsOf(PROTECTED_FIELDS);
            assertThat(text).doesNotContain("Protected note", "PARTLY_CREDIBLE", "school-problems", "Kari Nordmann",
                    "Teacher Berit", "football", "Youth worker Per", "police station");
        }
    }

    @Test
    void everyConclusionIsPublished() {
        UUID concernId = openConcern(minorBirthDate());
        caseWorker().body(Map.of("reason", "The family moved")).post("/conversations/{id}/cancelled",
                plan(invitation(concernId, "concern"))).then().statusCode(200);
        caseWorker().body(Map.of("reason", "Said no on the phone")).post("/conversations/{id}/declined",
                plan(invitation(concernId, "concern"))).then().statusCode(200);
        caseWorker().body(Map.of("reason", "Nobody came")).post("/conversations/{id}/no-show",
                plan(invitation(concernId, "concern"))).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = ConversationTopic.recordsFor(concernId.toString(), r -> r.size() >= 6);
        assertThat(records).extracting(r -> ConversationTopic.header(r, "ce_type")).contains(
                "no.concerntrail.conversation.ConversationCancelled.v1",
                "no.concerntrail.conversation.ConversationDeclined.v1",
                "no.concerntrail.conversation.ConversationNoShow.v1");
        assertThat(records).extracting(ConversationTopic::body)
                .noneMatch(body -> body.contains("moved") || body.contains("phone") || body.contains("Nobody"));
    }

    /** Where a conversation moves to says where the person will be: it stays in conversation-service. */
    @Test
    void aRescheduledConversationsPlaceIsNotPublished() throws Exception {
        UUID concernId = openConcern(minorBirthDate());
        String id = plan(invitation(concernId, "concern"));
        caseWorker().header("If-Match", "\"0\"").body(Map.of("plannedStart",
                        Instant.now().plus(Duration.ofDays(40)).toString(),
                        "place", "The back room of Cafe Storgata 12"))
                .post("/conversations/{id}/rescheduled", id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = ConversationTopic.recordsFor(concernId.toString(), r -> r.size() >= 2);
        ConsumerRecord<String, byte[]> rescheduled = records.get(1);
        assertThat(ConversationTopic.header(rescheduled, "ce_type"))
                .isEqualTo("no.concerntrail.conversation.ConversationRescheduled.v1");
        assertThat(fieldNames(json.readTree(rescheduled.value()))).contains("plannedStart").doesNotContain("place");
        assertThat(records).extracting(ConversationTopic::body).noneMatch(body -> body.contains("Storgata"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            names.add(field.getKey());
            names.addAll(fieldNames(field.getValue()));
        }
        node.elements().forEachRemaining(element -> {
            if (node.isArray()) {
                names.addAll(fieldNames(element));
            }
        });
        return names;
    }
}
