package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The choreography over the real broker, between the two services as shipped: a concern received in
 * case-service becomes known to conversation-service; a conversation held there with outcome LOWERED makes
 * case-service lower the concern with that conversation as its cause, and the conversation shows in the
 * concern's history.
 */
class ConversationOutcomeAcrossServicesTest {

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aLoweringConversationLowersTheConcernWithItAsTheCause() {
        String concernId = Journeys.assignedConcern(SERVICES);
        // conversation-service learns of the concern from concerntrail.case.events
        String conversationId = Journeys.plannedConversation(SERVICES, concernId);
        Map<String, Object> held = Journeys.heldLowering("CREDIBLE", "Protected: regrets the messages");
        // until the assignment has crossed too, conversation-service answers outcome-fits-concern (409)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> conversations().header("If-Match", "\"0\"").body(held)
                        .post("/conversations/{id}/held", conversationId).statusCode(),
                status -> status == 200);

        JsonPath history = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> cases("officer-kari", "case-worker").get("/concerns/{id}/history", concernId).then()
                        .statusCode(200).extract().jsonPath(),
                entries -> entries.getList("type").contains("ConcernLowered"));
        assertThat(history.getString("find { it.type == 'ConcernLowered' }.data.causeConversationId"))
                .isEqualTo(conversationId);
        assertThat(history.getString("find { it.type == 'ConcernLowered' }.data.to")).isEqualTo("LOW");
        assertThat(history.getList("findAll { it.source == 'conversation-service' }.type", String.class))
                .containsExactly("ConversationPlanned", "ConversationHeld");
        assertThat(history.prettify()).doesNotContain("regrets the messages", "CREDIBLE");
        cases("officer-kari", "case-worker").get("/concerns/{id}", concernId).then().statusCode(200)
                .body("level", org.hamcrest.Matchers.equalTo("LOW"));
    }

    private static RequestSpecification cases(String subject, String role) {
        return Journeys.cases(SERVICES, subject, role);
    }

    private static RequestSpecification conversations() {
        return Journeys.conversations(SERVICES);
    }
}
