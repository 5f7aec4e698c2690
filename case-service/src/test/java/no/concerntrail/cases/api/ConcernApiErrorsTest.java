package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.JwtTestResource;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem+json naming the field and the reason, and nothing is stored. */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConcernApiErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsABadRequest() {
        caseWorker().body("{\"source\": \"SCHOOL\", ").post("/concerns")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        caseWorker().body(Api.with(concern(), "level", "EXTREME")).post("/concerns")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("level"))
                .body("errors[0].reason", containsString("MODERATE"));
    }

    @Test
    void anUnknownFieldIsRefusedNotDropped() {
        caseWorker().body(Api.with(concern(), "religion", "anything")).post("/concerns")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("religion"));
    }

    @Test
    void missingAndMalformedFieldsAreListed() {
        Map<String, Object> body = new HashMap<>(concern());
        body.remove("summary");
        body.remove("level");
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = new HashMap<>((Map<String, Object>) body.get("subject"));
        subject.put("nationalIdentityNumber", "12AB");
        body.put("subject", subject);
        caseWorker().body(body).post("/concerns")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("summary", "level", "subject.nationalIdentityNumber"));
    }

    @Test
    void aWrongDateIsABadRequest() {
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = new HashMap<>((Map<String, Object>) concern().get("subject"));
        subject.put("birthDate", "31.02.2010");
        caseWorker().body(Api.with(concern(), "subject", subject)).post("/concerns")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("subject.birthDate"));
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        caseWorker().post("/concerns").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aHugeBodyIsRefused() {
        String huge = "x".repeat(200_000);
        caseWorker().body(Api.with(concern(), "summary", huge)).post("/concerns").then().statusCode(413)
                .contentType(PROBLEM).body("errors.field", hasItem("Content-Length"));
    }

    @Test
    void aTooLongSummaryIsABadRequest() {
        caseWorker().body(Api.with(concern(), "summary", "x".repeat(5000))).post("/concerns")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("summary"));
    }

    @Test
    void aWrongIdIsNotAServerError() {
        caseWorker().get("/concerns/{id}", "not-a-uuid").then().statusCode(404);
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", "1234").then().statusCode(404);
    }

    @Test
    void aMalformedIfMatchIsABadRequestAndNothingIsAppended() {
        String id = receive(concern());
        teamLead().header("If-Match", "yesterday").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("If-Match"));
        caseWorker().get("/concerns/{id}/history", id).then().body("$", hasSize(1));
    }

    @Test
    void badPagingIsABadRequest() {
        caseWorker().queryParam("size", 1000).get("/concerns").then().statusCode(400).contentType(PROBLEM);
        caseWorker().queryParam("size", "lots").get("/concerns").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("size")));
        caseWorker().queryParam("page", "next").get("/concerns").then().statusCode(400).contentType(PROBLEM);
        caseWorker().queryParam("status", "SOMETIMES").get("/concerns")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("status"));
        caseWorker().header("Idempotency-Key", "two words").body(concern()).post("/concerns")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("idempotencyKey"));
    }

    /**
     * Over a raw socket, as HTTP clients clean such a header before it is sent and an attacker's need not: the HTTP
     * layer refuses a control character in a header value (a plain 400) before any of our code or the database sees it.
     */
    @Test
    void aControlCharacterInAHeaderIsABadRequestAndStoresNothing() throws Exception {
        long before = eventCount();
        for (String key : List.of("nul\u0000key", "bell\u0007key", "delete\u007Fkey")) {
            assertThat(statusOfRawPost(key)).isEqualTo(400);
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    private static int statusOfRawPost(String idempotencyKey) throws Exception {
        byte[] body = new ObjectMapper().writeValueAsBytes(concern());
        String head = "POST /concerns HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + JwtTestResource.tokenFor("raw-client", Api.CASE_WORKER) + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                + "Idempotency-Key: " + idempotencyKey + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** Chunked, a body has no Content-Length to refuse it by: it is refused as it grows past the limit. */
    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsRefusedAsProblemJsonAndStoresNothing() throws Exception {
        long before = eventCount();
        String answer = rawChunkedPost(100 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + PROBLEM)
                .contains("body-too-large");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** Sends a JSON body of about {@code bytes} in chunks of 8 KiB; returns the whole answer (head and body). */
    private static String rawChunkedPost(int bytes) throws Exception {
        String head = "POST /concerns HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + JwtTestResource.tokenFor("raw-client", Api.CASE_WORKER) + "\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] body = ("{\"summary\":\"" + "x".repeat(bytes) + "\"}").getBytes(StandardCharsets.US_ASCII);
        int chunk = 8 * 1024;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                for (int from = 0; from < body.length; from += chunk) {
                    int length = Math.min(chunk, body.length - from);
                    socket.getOutputStream().write((Integer.toHexString(length) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().write(body, from, length);
                    socket.getOutputStream().write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                socket.getOutputStream().write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (java.io.IOException refusedMidway) {
                // the service answered and closed before the whole body was sent: its answer is still there
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static long eventCount() throws Exception {
        return ServiceDatabase.of("case-service").count("SELECT count(*) FROM domain_event_entry");
    }

    @Test
    void anotherMediaTypeIsRefused() {
        caseWorker().contentType("text/plain").body("hello").post("/concerns").then().statusCode(415);
    }

    /** A defect on our side (here: the read model's table gone) is a 500 with an incident id, and nothing is stored. */
    @Test
    void aDefectIsA500WithAnIncidentIdAndStoresNothing() throws Exception {
        ServiceDatabase database = ServiceDatabase.of("case-service");
        long events = database.count("SELECT count(*) FROM domain_event_entry");
        long keys = database.count("SELECT count(*) FROM idempotency_key");
        database.execute("ALTER TABLE concern_view RENAME TO concern_view_away");
        try {
            caseWorker().header("Idempotency-Key", "defect-" + UUID.randomUUID()).body(concern()).post("/concerns")
                    .then().statusCode(500).contentType(PROBLEM)
                    .body("type", equalTo("https://concerntrail.no/problems/unexpected"))
                    .body("detail", matchesPattern("Nothing was stored; quote incident [0-9a-f-]{36} when you report it"))
                    .body("detail", not(containsString("concern_view")));
        } finally {
            database.execute("ALTER TABLE concern_view_away RENAME TO concern_view");
        }
        assertThat(database.count("SELECT count(*) FROM domain_event_entry")).isEqualTo(events);
        assertThat(database.count("SELECT count(*) FROM idempotency_key")).isEqualTo(keys);
    }

    /** PostgreSQL cannot store a NUL, and would turn half a surrogate pair into '?': both are a 400, nothing stored. */
    @Test
    void textPostgresqlCannotStoreIsABadRequestNamingTheField() throws Exception {
        ServiceDatabase database = ServiceDatabase.of("case-service");
        long events = database.count("SELECT count(*) FROM domain_event_entry");
        for (String text : List.of("Threat\\u0000s", "Threat \\ud83d")) {
            String body = new ObjectMapper().writeValueAsString(concern())
                    .replace("Shared a video", text);
            caseWorker().body(body).post("/concerns").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("summary"))
                    .body("errors.reason", hasItem("contains a NUL character or an unpaired surrogate"));
        }
        assertThat(database.count("SELECT count(*) FROM domain_event_entry")).isEqualTo(events);
    }

    /** Without If-Match two officers would overwrite each other unawares: every command names the version it changes. */
    @Test
    void aCommandWithoutIfMatchIs428NamingTheHeaderAndChangesNothing() throws Exception {
        String id = receive(concern());
        RestAssured.given().auth().oauth2(JwtTestResource.tokenFor("lead-ola", Api.TEAM_LEAD))
                .contentType("application/json").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", id).then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("https://concerntrail.no/problems/precondition-required"))
                .body("errors.field", hasItem("If-Match"));
        assertThat(ServiceDatabase.of("case-service").count(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", id)).isOne();
    }
}
