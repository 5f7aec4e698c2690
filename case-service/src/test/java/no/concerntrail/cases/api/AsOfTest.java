package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.inDistrict;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import no.concerntrail.cases.CaseServiceInfra;
import org.junit.jupiter.api.Test;

/**
 * A concern as it was known at a past moment, rebuilt from its events, and its history up to a moment: what the
 * police knew then, said to be a reconstruction, for whoever may see the concern now.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class AsOfTest {

    @Test
    void theConcernAsItWasKnownAtEachMomentOfItsLife() throws Exception {
        Instant beforeIt = moment();
        String id = receive(concern());
        Instant received = moment();
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        teamLead().body(Map.of("assignee", "officer-kari")).post("/concerns/{id}/assign", id).then().statusCode(200);
        caseWorker().body(Map.of("level", "HIGH", "reason", "Named a target")).post("/concerns/{id}/raise", id)
                .then().statusCode(200);
        Instant raised = moment();
        caseWorker().body(Map.of("reason", "Nothing more to worry about")).post("/concerns/{id}/close", id)
                .then().statusCode(200);

        caseWorker().queryParam("asOf", received.toString()).get("/concerns/{id}", id).then().statusCode(200)
                .header("Memento-Datetime", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        received.atOffset(ZoneOffset.UTC)))
                .header("ETag", nullValue())
                .body("asOf", equalTo(received.toString())).body("events", equalTo(1))
                .body("concern.status", equalTo("RECEIVED")).body("concern.level", equalTo("MODERATE"))
                .body("concern.assignee", nullValue()).body("concern.version", equalTo(0));
        caseWorker().queryParam("asOf", raised.toString()).get("/concerns/{id}", id).then().statusCode(200)
                .body("events", equalTo(4)).body("concern.status", equalTo("OPEN"))
                .body("concern.triage", equalTo("ADOPTED")).body("concern.assignee", equalTo("officer-kari"))
                .body("concern.level", equalTo("HIGH")).body("concern.version", equalTo(3));

        // as of now it is the concern as it is: the fold and the read model agree
        JsonPath now = caseWorker().queryParam("asOf", moment().toString()).get("/concerns/{id}", id).then().statusCode(200)
                .extract().jsonPath();
        JsonPath current = caseWorker().get("/concerns/{id}", id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> rebuilt = new HashMap<>(now.getMap("concern"));
        Map<String, Object> stored = new HashMap<>(current.getMap(""));
        for (String time : new String[] {"receivedAt", "updatedAt"}) {
            // PostgreSQL rounds to microseconds what the event store keeps in nanoseconds
            assertThat(Instant.parse((String) rebuilt.remove(time)))
                    .isCloseTo(Instant.parse((String) stored.remove(time)), within(1, ChronoUnit.MICROS));
        }
        assertThat(rebuilt).isEqualTo(stored);

        caseWorker().queryParam("asOf", beforeIt.toString()).get("/concerns/{id}", id).then().statusCode(404)
                .body("detail", containsString("had not been received"));
    }

    @Test
    void theHistoryUpToAMoment() throws Exception {
        String id = receive(concern());
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        Instant triaged = moment();
        teamLead().body(Map.of("assignee", "officer-kari")).post("/concerns/{id}/assign", id).then().statusCode(200);

        caseWorker().queryParam("until", triaged.toString()).get("/concerns/{id}/history", id).then().statusCode(200)
                .header("Memento-Datetime", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        triaged.atOffset(ZoneOffset.UTC)))
                .body("type", contains("ConcernReceived", "ConcernTriaged"));
        caseWorker().queryParam("until", "2000-01-01T00:00:00Z").get("/concerns/{id}/history", id).then().statusCode(404);
        caseWorker().get("/concerns/{id}/history", id).then().statusCode(200).header("Memento-Datetime", nullValue())
                .body("type", contains("ConcernReceived", "ConcernTriaged", "ConcernAssigned"));
    }

    @Test
    void aMomentThatIsNoMomentIsA400NamingTheParameter() {
        String id = receive(concern());
        for (String wrong : new String[] {"yesterday", "2026-03-01", "2026-03-01T12:00:00", "2026-02-30T12:00:00Z"}) {
            caseWorker().queryParam("asOf", wrong).get("/concerns/{id}", id).then().statusCode(400)
                    .contentType("application/problem+json");
            caseWorker().queryParam("until", wrong).get("/concerns/{id}/history", id).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        caseWorker().queryParam("asOf", "yesterday").get("/concerns/{id}", id).then()
                .body("errors.field", hasItem(containsString("asOf")));
        caseWorker().queryParam("asOf", "2026-03-01T13:00:00+01:00").get("/concerns/{id}", id).then().statusCode(404);
    }

    @Test
    void whoMayNotSeeTheConcernNowMayNotSeeItsPastEither() {
        String id = receive(concern());
        inDistrict("SOR_OST", "officer-per", "case-worker").queryParam("asOf", Instant.now().toString())
                .get("/concerns/{id}", id).then().statusCode(403);
        inDistrict("SOR_OST", "officer-per", "case-worker").queryParam("until", Instant.now().toString())
                .get("/concerns/{id}/history", id).then().statusCode(403);
    }

    /** A moment between two requests: the clock moves on before and after it. */
    private static Instant moment() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }
}
