package no.concerntrail.cases.api;

import static io.restassured.RestAssured.given;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.JwtTestResource;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint needs a valid token, and the right role for what it does. */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConcernApiSecurityTest {

    private String id;

    @BeforeEach
    void aConcern() {
        id = receive(concern());
    }

    record Endpoint(String method, String path, Object body) {
        void call(RequestSpecification request, String concernId, int expected) {
            if (body != null) {
                request.body(body);
            }
            Object[] pathParameters = path.contains("{id}") ? new Object[] {concernId} : new Object[0];
            request.contentType(ContentType.JSON).request(method, path, pathParameters).then().statusCode(expected)
                    .contentType("application/problem+json").body("status", equalTo(expected));
        }
    }

    static Stream<Endpoint> everyEndpoint() {
        return Stream.concat(readsAndCaseWork(), teamLeadOnly());
    }

    static Stream<Endpoint> readsAndCaseWork() {
        return Stream.of(
                new Endpoint("POST", "/concerns", concern()),
                new Endpoint("GET", "/concerns", null),
                new Endpoint("GET", "/concerns/{id}", null),
                new Endpoint("GET", "/concerns/{id}/history", null),
                new Endpoint("POST", "/concerns/{id}/raise", Map.of("level", "HIGH", "reason", "r")),
                new Endpoint("POST", "/concerns/{id}/lower", Map.of("level", "LOW", "reason", "r")),
                new Endpoint("POST", "/concerns/{id}/close", Map.of("reason", "r")),
                new Endpoint("POST", "/concerns/{id}/reopen", Map.of("reason", "r")));
    }

    static Stream<Endpoint> teamLeadOnly() {
        return Stream.of(
                new Endpoint("POST", "/concerns/{id}/triage", Map.of("outcome", "ADOPTED")),
                new Endpoint("POST", "/concerns/{id}/assign", Map.of("assignee", "officer-kari")),
                new Endpoint("POST", "/concerns/{id}/transfer", Map.of("district", "VEST", "reason", "Moved")),
                new Endpoint("GET", "/concerns/{id}/access-log", null));
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void withoutATokenIsUnauthorised(Endpoint endpoint) {
        endpoint.call(given(), id, 401);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void aMalformedTokenIsUnauthorised(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2("not.a.jwt"), id, 401);
    }

    @Test
    void aTokenForAnotherSystemOrWithoutASubjectIsUnauthorised() {
        JwtClaims forAnotherSystem = JwtTestResource.tokens().claims("lead-ola", Set.of(Api.TEAM_LEAD), Duration.ofMinutes(5));
        forAnotherSystem.setAudience("another-system");
        given().auth().oauth2(JwtTestResource.tokens().sign(forAnotherSystem)).get("/concerns").then().statusCode(401);

        JwtClaims anonymous = JwtTestResource.tokens().claims("lead-ola", Set.of(Api.TEAM_LEAD), Duration.ofMinutes(5));
        anonymous.unsetClaim("sub");
        given().auth().oauth2(JwtTestResource.tokens().sign(anonymous)).get("/concerns").then().statusCode(401);

        JwtClaims valid = JwtTestResource.tokens().claims("lead-ola", Set.of(Api.TEAM_LEAD), Duration.ofMinutes(5));
        given().auth().oauth2(JwtTestResource.tokens().sign(valid)).get("/concerns").then().statusCode(200);
    }

    @Test
    void anUnauthenticatedCallerIsToldHowToAuthenticate() {
        given().get("/concerns").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void anExpiredTokenIsUnauthorised(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2(JwtTestResource.tokens().expiredToken("lead-ola",
                Set.of(Api.TEAM_LEAD))), id, 401);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void aTokenSignedByAnotherKeyIsUnauthorised(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2(JwtTestResource.tokens().foreignToken("lead-ola",
                Set.of(Api.TEAM_LEAD))), id, 401);
    }

    /** Analysts see pseudonymised history only, never a concern with names in it. */
    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void anAnalystIsForbidden(Endpoint endpoint) {
        endpoint.call(Api.as("analyst-per", Api.ANALYST), id, 403);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void aPartnerIsForbidden(Endpoint endpoint) {
        endpoint.call(Api.as("nav-drammen", "partner:nav"), id, 403);
    }

    @ParameterizedTest
    @MethodSource("teamLeadOnly")
    void aCaseWorkerMayNotTriageAssignOrReadTheAccessLog(Endpoint endpoint) {
        endpoint.call(Api.caseWorker(), id, 403);
    }

    @TestHTTPResource(value = "health/ready", management = true)
    URL health;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /** Health and metrics are on the management interface, which API clients never reach; the API's port has neither. */
    @Test
    void healthAndMetricsAreOnTheManagementPortAndTheApiDescriptionNeedsNoToken() {
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
        given().auth().oauth2(JwtTestResource.tokenFor("x".repeat(201), Api.TEAM_LEAD)).get("/concerns").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(JwtTestResource.tokenFor("x".repeat(200), Api.TEAM_LEAD)).get("/concerns").then().statusCode(200);
    }
}
