package no.concerntrail.conversations.api;

import static io.restassured.RestAssured.given;
import static no.concerntrail.conversations.api.Api.adultBirthDate;
import static no.concerntrail.conversations.api.Api.as;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.testing.JwtTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint needs a valid token and a police role that does concern work. An analyst or a partner
 * agency never reaches a conversation (and a trusted person has no role at all).
 */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationApiSecurityTest {

    private UUID concernId;
    private String conversationId;

    /** One conversation for all cases (made once Quarkus listens, which is after @BeforeAll). */
    @BeforeEach
    void aConversation() {
        if (conversationId == null) {
            concernId = openConcern(adultBirthDate());
            conversationId = plan(invitation(concernId, "clarification"));
        }
    }

    record Endpoint(String method, String path, Object body) {
        void call(RequestSpecification request, UUID concernId, String conversationId, int expected) {
            if (body != null) {
                request.body(body);
            }
            String resolved = path.replace("{id}", conversationId).replace("{concernId}", concernId.toString());
            request.contentType(ContentType.JSON).request(method, resolved).then().statusCode(expected)
                    .contentType("application/problem+json").body("status", equalTo(expected));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    Stream<Endpoint> everyEndpoint() {
        return Stream.of(
                new Endpoint("POST", "/conversations", invitation(UUID.randomUUID(), "clarification")),
                new Endpoint("GET", "/conversations/{id}", null),
                new Endpoint("GET", "/concerns/{concernId}/conversations", null),
                new Endpoint("GET", "/concerns/{concernId}/conversations/access-log", null),
                new Endpoint("POST", "/conversations/{id}/rescheduled",
                        Map.of("plannedStart", java.time.Instant.now().plusSeconds(86_400 * 30).toString(), "place", "Elsewhere")),
                new Endpoint("POST", "/conversations/{id}/held", held()),
                new Endpoint("POST", "/conversations/{id}/declined", Map.of("reason", "r")),
                new Endpoint("POST", "/conversations/{id}/cancelled", Map.of("reason", "r")),
                new Endpoint("POST", "/conversations/{id}/no-show", Map.of("reason", "r")),
                new Endpoint("GET", "/follow-ups", null),
                new Endpoint("GET", "/conversation-kinds", null),
                new Endpoint("GET", "/factors", null));
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void withoutATokenIsUnauthorised(Endpoint endpoint) {
        endpoint.call(given(), concernId, conversationId, 401);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void anExpiredTokenIsUnauthorised(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2(JwtTestResource.expiredTokenFor("officer-kari", Api.CASE_WORKER)),
                concernId, conversationId, 401);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void aTokenFromAnotherIssuerIsUnauthorised(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2(JwtTestResource.foreignTokenFor("officer-kari", Api.CASE_WORKER)),
                concernId, conversationId, 401);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void anAnalystIsForbidden(Endpoint endpoint) {
        endpoint.call(as("analyst-anne", Api.ANALYST), concernId, conversationId, 403);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void aPartnerAgencyIsForbidden(Endpoint endpoint) {
        endpoint.call(as("nav-oslo", "partner:nav"), concernId, conversationId, 403);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void aTokenWithoutRolesIsForbidden(Endpoint endpoint) {
        endpoint.call(as("teacher-trusted"), concernId, conversationId, 403);
    }

    @Test
    void aTeamLeadDoesCaseWork() {
        as("lead-ola", Api.TEAM_LEAD).get("/conversations/{id}", conversationId).then().statusCode(200);
        as("lead-ola", Api.TEAM_LEAD).body(Map.of("reason", "Merged with another conversation"))
                .post("/conversations/{id}/cancelled", plan(invitation(concernId, "clarification")))
                .then().statusCode(200).body("conclusion.actor", equalTo("lead-ola"));
    }

    @TestHTTPResource(value = "health/ready", management = true)
    URL health;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /** Health and metrics are on the management interface, which API clients never reach; the API's port has neither. */
    @Test
    void healthAndMetricsAreOnTheManagementPortAndTheApiDescriptionIsOpen() {
        given().get(health).then().statusCode(200);
        given().get(metrics).then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    /** Every event records its actor in columns of 200 characters: a longer subject is refused at the door. */
    @Test
    void aSubjectLongerThanAnActorColumnIsUnauthorised() {
        given().auth().oauth2(JwtTestResource.tokenFor("x".repeat(201), Api.CASE_WORKER)).get("/conversation-kinds").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(JwtTestResource.tokenFor("x".repeat(200), Api.CASE_WORKER)).get("/conversation-kinds").then().statusCode(200);
    }
}
