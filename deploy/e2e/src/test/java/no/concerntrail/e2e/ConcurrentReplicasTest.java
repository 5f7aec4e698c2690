package no.concerntrail.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.testing.CommitBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas of a service change the same aggregate at the same moment: both have read the same version (commits
 * are held back until both have decided), so the event store's (aggregate, sequence) uniqueness lets one append and
 * refuses the other with 409 concurrent-change; nothing is lost, nothing doubled, nothing half-applied.
 */
class ConcurrentReplicasTest {

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String caseReplica;
    private static String conversationReplica;

    @BeforeAll
    static void secondReplicas() throws Exception {
        caseReplica = SERVICES.startReplica(ConcernTrailServices.CASE);
        conversationReplica = SERVICES.startReplica(ConcernTrailServices.CONVERSATION);
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void twoCaseServiceReplicasAssigningOneConcernAtOnceApplyOneAndRefuseTheOther() throws Exception {
        String concernId = receivedAndAdopted();

        List<Response> answers = atOnce(ConcernTrailServices.CASE, List.of(
                SERVICES.url(ConcernTrailServices.CASE), caseReplica),
                url -> lead(url).header("If-Match", "\"1\"")
                        .body(Map.of("assignee", "officer-" + (url.equals(caseReplica) ? "b" : "a")))
                        .post("/concerns/{id}/assign", concernId));

        Response applied = oneAppliedOneRefused(answers);
        List<Map<String, Object>> history = lead(caseReplica).get("/concerns/{id}/history", concernId).then()
                .statusCode(200).extract().path("$");
        assertThat(history).extracting(e -> e.get("sequence")).containsExactly(0, 1, 2);
        assertThat(history).extracting(e -> e.get("type"))
                .containsExactly("ConcernReceived", "ConcernTriaged", "ConcernAssigned");
        assertThat(lead(SERVICES.url(ConcernTrailServices.CASE)).get("/concerns/{id}", concernId).then()
                .statusCode(200).extract().<String>path("assignee")).isEqualTo(applied.<String>path("assignee"));
    }

    @Test
    void twoConversationServiceReplicasReschedulingOneConversationAtOnceApplyOneAndRefuseTheOther()
            throws Exception {
        String concernId = receivedAndAdopted();
        Map<String, Object> plan = Map.of("concernId", concernId, "kind", "clarification",
                "plannedStart", inDays(30), "place", "Drammen police station", "mandatory", false);
        String conversationId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> worker(SERVICES.url(ConcernTrailServices.CONVERSATION)).body(plan).post("/conversations")
                        .then().extract().jsonPath(),
                planned -> planned.getString("conversationId") != null).getString("conversationId");

        List<Response> answers = atOnce(ConcernTrailServices.CONVERSATION, List.of(
                SERVICES.url(ConcernTrailServices.CONVERSATION), conversationReplica),
                url -> worker(url).header("If-Match", "\"0\"")
                        .body(Map.of("plannedStart", inDays(url.equals(conversationReplica) ? 32 : 31),
                                "place", "Youth club")).post("/conversations/{id}/rescheduled", conversationId));

        Response applied = oneAppliedOneRefused(answers);
        Response now = worker(conversationReplica).get("/conversations/{id}", conversationId);
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.header("ETag")).isEqualTo("\"1\"");
        assertThat(now.<String>path("plannedStart")).isEqualTo(applied.<String>path("plannedStart"));
    }

    /** Sends one request to each replica while the service's database holds commits back, then lets them go. */
    private static List<Response> atOnce(ConcernTrailServices.Service service, List<String> replicas,
                                         Function<String, Response> request) throws Exception {
        List<Future<Response>> sent = new ArrayList<>();
        try (CommitBarrier commits = CommitBarrier.hold(SERVICES.database(service))) {
            for (String replica : replicas) {
                sent.add(POOL.submit(() -> request.apply(replica)));
            }
            // one replica waits to commit its append, the other waits on that very (aggregate, sequence)
            commits.awaitWaiting(replicas.size(), Duration.ofSeconds(30));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }

    private static Response oneAppliedOneRefused(List<Response> answers) {
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).endsWith("/concurrent-change");
        return answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
    }

    private static String receivedAndAdopted() {
        String case1 = SERVICES.url(ConcernTrailServices.CASE);
        String concernId = lead(case1).body(Map.of(
                "source", "SCHOOL",
                "subject", Map.of("name", "Ola Nordmann", "birthDate", LocalDate.now().minusYears(19).toString(),
                        "municipality", "Drammen"),
                "category", "VIOLENT_EXTREMISM", "summary", "Threats in a school chat", "level", "HIGH"))
                .post("/concerns").then().statusCode(201).extract().path("concernId");
        lead(case1).header("If-Match", "\"0\"").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", concernId).then().statusCode(200);
        return concernId;
    }

    private static RequestSpecification lead(String url) {
        return given().baseUri(url).auth().oauth2(SERVICES.token("lead-ola", "team-lead")).contentType(ContentType.JSON);
    }

    private static RequestSpecification worker(String url) {
        return given().baseUri(url).auth().oauth2(SERVICES.token("officer-kari", "case-worker"))
                .contentType(ContentType.JSON);
    }

    private static String inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
    }
}
