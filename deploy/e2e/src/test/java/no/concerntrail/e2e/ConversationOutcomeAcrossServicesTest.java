package no.concerntrail.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.concerntrail.local.ConcernTrailServices;
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
        String concernId = cases("lead-ola", "team-lead").body(Map.of(
                "source", "SCHOOL",
                "subject", Map.of("name", "Ola Nordmann", "birthDate", LocalDate.now().minusYears(16).toString(),
                        "municipality", "Drammen"),
                "category", "VIOLENT_EXTREMISM", "summary", "Threats in a school chat", "level", "HIGH"))
                .post("/concerns").then().statusCode(201).extract().path("concernId");
        cases("lead-ola", "team-lead").header("If-Match", "\"0\"").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", concernId).then().statusCode(200);
        cases("lead-ola", "team-lead").header("If-Match", "\"1\"").body(Map.of("assignee", "officer-kari"))
                .post("/concerns/{id}/assign", concernId).then().statusCode(200);

        // conversation-service learns of the concern from concerntrail.case.events
        Map<String, Object> plan = Map.of("concernId", concernId, "kind", "concern",
                "plannedStart", Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "place", "Drammen police station", "guardians", List.of(Map.of("name", "Kari Nordmann")),
                "mandatory", false);
        String conversationId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> conversations().body(plan).post("/conversations").then().extract().jsonPath(),
                planned -> planned.getString("conversationId") != null).getString("conversationId");

        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> held = Map.of(
                "startedAt", start.toString(), "endedAt", start.plus(90, ChronoUnit.MINUTES).toString(),
                "heldBy", Map.of("role", "POLICE_OFFICER", "name", "Officer Kari"),
                "guardiansPresent", List.of("Kari Nordmann"),
                "rightsNotice", Map.of("givenAt", start.toString(), "givenTo", List.of("SUBJECT", "GUARDIANS")),
                "purposes", List.of("CLARIFY", "DETER"), "outcome", "LOWERED", "newLevel", "LOW",
                "credibility", "CREDIBLE", "note", "Protected: regrets the messages");
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
        return given().baseUri(SERVICES.url(ConcernTrailServices.CASE)).auth().oauth2(SERVICES.token(subject, role))
                .contentType(ContentType.JSON);
    }

    private static RequestSpecification conversations() {
        return given().baseUri(SERVICES.url(ConcernTrailServices.CONVERSATION)).auth()
                .oauth2(SERVICES.token("officer-kari", "case-worker")).contentType(ContentType.JSON);
    }
}
