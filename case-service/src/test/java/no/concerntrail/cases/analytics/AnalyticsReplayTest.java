package no.concerntrail.cases.analytics;

import static no.concerntrail.cases.api.Api.as;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import org.junit.jupiter.api.Test;

/**
 * The analysts replay the pseudonymised history over HTTP, from the first event: each concern's events in order,
 * chosen by time and name, and nothing the police wrote down about who anyone is.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class AnalyticsReplayTest {

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void theWholeHistoryPseudonymisedAConcernsEventsInOrder() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String id = plantedConcernThroughItsLife(unique);
        String key = pseudonyms.of(Pseudonyms.Kind.CONCERN, UUID.fromString(id));

        String body = analyst().get("/analytics/events").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        List<JsonPath> concern = lines(body).stream().filter(line -> key.equals(line.getString("subject"))).toList();
        assertThat(concern).extracting(line -> line.getString("type")).containsExactly(
                "no.concerntrail.analytics.ConcernReceived.v1", "no.concerntrail.analytics.ConcernTriaged.v1",
                "no.concerntrail.analytics.ConcernAssigned.v1", "no.concerntrail.analytics.ConcernClosed.v1");
        JsonPath received = concern.get(0);
        assertThat(received.getString("specversion")).isEqualTo("1.0");
        assertThat(received.getString("source")).isEqualTo("/concerntrail/case-service");
        assertThat(received.getString("data.person")).matches("p-[0-9a-f]{32}");
        assertThat(received.getInt("data.age")).isEqualTo(15);
        assertThat(body).doesNotContain(unique, id);
    }

    /** The store is read in batches (of 100 events): a replay goes on past the first. */
    @Test
    void aHistoryLongerThanABatchComesWhole() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            keys.add(pseudonyms.of(Pseudonyms.Kind.CONCERN, UUID.fromString(receive(concern()))));
        }
        List<String> replayed = lines(analyst().queryParam("types", "ConcernReceived").get("/analytics/events").then()
                .statusCode(200).extract().asString()).stream().map(line -> line.getString("subject")).toList();
        assertThat(replayed).containsAll(keys).doesNotHaveDuplicates();
    }

    @Test
    void chosenByTimeAndName() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String id = plantedConcernThroughItsLife(unique);
        String key = pseudonyms.of(Pseudonyms.Kind.CONCERN, UUID.fromString(id));
        Instant after = Instant.now().plusMillis(1);

        List<JsonPath> received = lines(analyst().queryParam("types", "ConcernReceived,ConcernClosed")
                .get("/analytics/events").then().statusCode(200).extract().asString());
        assertThat(received).extracting(line -> line.getString("type")).containsOnly(
                "no.concerntrail.analytics.ConcernReceived.v1", "no.concerntrail.analytics.ConcernClosed.v1");
        assertThat(received).filteredOn(line -> key.equals(line.getString("subject"))).hasSize(2);

        assertThat(lines(analyst().queryParam("from", after.toString()).get("/analytics/events").then()
                .statusCode(200).extract().asString())).noneMatch(line -> key.equals(line.getString("subject")));
        assertThat(lines(analyst().queryParam("to", after.toString()).get("/analytics/events").then()
                .statusCode(200).extract().asString())).filteredOn(line -> key.equals(line.getString("subject")))
                .hasSize(4);
    }

    @Test
    void onlyAnalystsAndOnlyWhatTheyAskForClearly() {
        caseWorker().get("/analytics/events").then().statusCode(403);
        teamLead().get("/analytics/events").then().statusCode(403);
        analyst().get("/concerns").then().statusCode(403);
        analyst().queryParam("types", "ConcernReceived;DROP").get("/analytics/events").then().statusCode(400)
                .contentType("application/problem+json");
        analyst().queryParam("from", "yesterday").get("/analytics/events").then().statusCode(400);
        analyst().queryParam("from", "2026-03-02T00:00:00Z").queryParam("to", "2026-03-01T00:00:00Z")
                .get("/analytics/events").then().statusCode(400);
    }

    private static String plantedConcernThroughItsLife(String unique) {
        Map<String, Object> planted = new LinkedHashMap<>(concern());
        planted.put("summary", "Summary " + unique);
        planted.put("reporter", Map.of("name", "Reporter " + unique, "relation", "teacher"));
        String id = receive(planted);
        teamLead().body(Map.of("outcome", "ADOPTED", "reason", "Reason " + unique)).post("/concerns/{id}/triage", id)
                .then().statusCode(200);
        teamLead().body(Map.of("assignee", "officer-" + unique)).post("/concerns/{id}/assign", id).then()
                .statusCode(200);
        caseWorker().body(Map.of("reason", "Closed " + unique)).post("/concerns/{id}/close", id).then()
                .statusCode(200);
        return id;
    }

    private static RequestSpecification analyst() {
        return as("analyst-anna", "analyst");
    }

    private static List<JsonPath> lines(String ndjson) {
        return Arrays.stream(ndjson.split("\n")).filter(line -> !line.isBlank()).map(JsonPath::from).toList();
    }
}
