package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConcernLifecycleApiTest {

    @Test
    void aReceivedConcernCanBeReadBackWithItsVersion() {
        String location = caseWorker().body(concern()).post("/concerns")
                .then().statusCode(201).header("ETag", "\"0\"").extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        caseWorker().get("/concerns/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("concernId", equalTo(id))
                .body("status", equalTo("RECEIVED"))
                .body("level", equalTo("MODERATE"))
                .body("subjectName", equalTo("Ola Nordmann"))
                .body("summary", notNullValue())
                .body("assignee", nullValue())
                .body("reporter", nullValue());
    }

    @Test
    void aConcernGoesThroughItsWholeLifeAndTheHistoryKeepsEveryStep() {
        String id = receive(concern());
        teamLead().header("If-Match", "\"0\"").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("OPEN"));
        teamLead().body(Map.of("assignee", "officer-kari")).post("/concerns/{id}/assign", id)
                .then().statusCode(200).body("assignee", equalTo("officer-kari"));
        caseWorker().body(Map.of("level", "HIGH", "reason", "Named a target")).post("/concerns/{id}/raise", id)
                .then().statusCode(200).body("level", equalTo("HIGH"));
        caseWorker().body(Map.of("level", "LOW", "reason", "Conversation went well")).post("/concerns/{id}/lower", id)
                .then().statusCode(200).body("level", equalTo("LOW"));
        caseWorker().body(Map.of("reason", "Nothing more to worry about")).post("/concerns/{id}/close", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        caseWorker().body(Map.of("reason", "New report from the school")).post("/concerns/{id}/reopen", id)
                .then().statusCode(200).body("status", equalTo("OPEN")).header("ETag", "\"6\"");

        caseWorker().get("/concerns/{id}/history", id).then().statusCode(200)
                .body("type", contains("ConcernReceived", "ConcernTriaged", "ConcernAssigned", "ConcernRaised",
                        "ConcernLowered", "ConcernClosed", "ConcernReopened"))
                .body("sequence", contains(0, 1, 2, 3, 4, 5, 6))
                .body("actor", contains("officer-kari", "lead-ola", "lead-ola", "officer-kari", "officer-kari",
                        "officer-kari", "officer-kari"))
                .body("at", everyItem(notNullValue()))
                .body("[3].data.from", equalTo("MODERATE"))
                .body("[3].data.to", equalTo("HIGH"))
                .body("[3].data.reason", equalTo("Named a target"));
    }

    @Test
    void anUnchangedConcernIsNotSentAgain() {
        String id = receive(concern());
        caseWorker().header("If-None-Match", "\"0\"").get("/concerns/{id}", id).then().statusCode(304);
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        caseWorker().header("If-None-Match", "\"0\"").get("/concerns/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void aStaleIfMatchIsRefusedAndNothingIsAppended() {
        String id = receive(concern());
        teamLead().header("If-Match", "\"0\"").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", id).then().statusCode(200);

        teamLead().header("If-Match", "\"0\"").body(Map.of("assignee", "officer-kari"))
                .post("/concerns/{id}/assign", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412));

        caseWorker().get("/concerns/{id}/history", id).then().body("$", hasSize(2));
        caseWorker().get("/concerns/{id}", id).then().header("ETag", "\"1\"").body("assignee", nullValue());
    }

    @Test
    void aStaleIfMatchIsReportedBeforeABrokenRule() {
        String id = receive(concern());
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        teamLead().header("If-Match", "\"0\"").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", id).then().statusCode(412);
        teamLead().header("If-Match", "W/\"1\"").body(Map.of("assignee", "officer-kari"))
                .post("/concerns/{id}/assign", id).then().statusCode(400);
    }

    @Test
    void triageThatClosesKeepsTheReasonAndCanBeReopenedForANewTriage() {
        String id = receive(concern());
        teamLead().body(Map.of("outcome", "SIGNPOSTED", "reason", "Child welfare already follows up",
                        "signpostedTo", "child welfare"))
                .post("/concerns/{id}/triage", id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("triage", equalTo("SIGNPOSTED"));
        caseWorker().get("/concerns/{id}/history", id).then()
                .body("[1].data.reason", equalTo("Child welfare already follows up"));

        caseWorker().body(Map.of("reason", "New threats online")).post("/concerns/{id}/reopen", id)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("triage", nullValue());
    }

    @Test
    void brokenRulesAreNamed() {
        String id = receive(concern());
        caseWorker().body(Map.of("level", "HIGH", "reason", "x")).post("/concerns/{id}/raise", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("adopted-before-work"));

        String assigned = adoptedAndAssigned();
        caseWorker().body(Map.of("level", "LOW", "reason", "x")).post("/concerns/{id}/raise", assigned)
                .then().log().all().statusCode(409).body("rule", equalTo("raise-must-go-higher"));
        caseWorker().body(Map.of("level", "HIGH", "reason", "x")).post("/concerns/{id}/lower", assigned)
                .then().statusCode(409).body("rule", equalTo("lower-must-go-lower"));
        caseWorker().body(Map.of()).post("/concerns/{id}/close", assigned)
                .then().statusCode(422).body("rule", equalTo("close-needs-reason"));
        caseWorker().body(Map.of("reason", "done")).post("/concerns/{id}/close", assigned).then().statusCode(200);
        caseWorker().body(Map.of("level", "HIGH", "reason", "x")).post("/concerns/{id}/raise", assigned)
                .then().statusCode(409).body("rule", equalTo("closed-can-only-be-reopened"));

        caseWorker().get("/concerns/{id}/history", assigned).then().body("$", hasSize(4));
    }

    @Test
    void raisingNeedsAnAssignee() {
        String id = receive(concern());
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        caseWorker().body(Map.of("level", "HIGH", "reason", "x")).post("/concerns/{id}/raise", id)
                .then().statusCode(409).body("rule", equalTo("only-assigned-concern-changes-level"));
    }

    @Test
    void intakeRulesAreNamed() {
        caseWorker().body(Api.with(concern(), "source", "ANONYMOUS")).post("/concerns")
                .then().statusCode(422).body("rule", equalTo("anonymous-report-has-no-reporter"));

        Map<String, Object> badNumber = concern();
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = new java.util.HashMap<>((Map<String, Object>) badNumber.get("subject"));
        String valid = (String) subject.get("nationalIdentityNumber");
        subject.put("nationalIdentityNumber", valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10));
        caseWorker().body(Api.with(badNumber, "subject", subject)).post("/concerns")
                .then().statusCode(422).body("rule", equalTo("national-id-check-digits"));
    }

    @Test
    void theListFiltersByStatusAndAssigneeAndPages() {
        String assignee = "officer-" + UUID.randomUUID();
        List<String> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = receive(concern());
            teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
            teamLead().body(Map.of("assignee", assignee)).post("/concerns/{id}/assign", id).then().statusCode(200);
            oldestFirst.add(id);
        }
        // newest first, and the second page goes on where the first stopped
        caseWorker().queryParam("assignee", assignee).queryParam("size", 2).get("/concerns")
                .then().statusCode(200).body("items", hasSize(2)).body("total", equalTo(3))
                .body("items.assignee", everyItem(equalTo(assignee)))
                .body("items.concernId", contains(oldestFirst.get(2), oldestFirst.get(1)));
        caseWorker().queryParam("assignee", assignee).queryParam("size", 2).queryParam("page", 1).get("/concerns")
                .then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(3))
                .body("items.concernId", contains(oldestFirst.get(0)));
        caseWorker().queryParam("assignee", assignee).queryParam("status", "CLOSED").get("/concerns")
                .then().statusCode(200).body("total", equalTo(0));
        caseWorker().queryParam("status", "RECEIVED").get("/concerns")
                .then().statusCode(200).body("items.status", everyItem(equalTo("RECEIVED")));
    }

    @Test
    void anUnknownConcernIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        caseWorker().get("/concerns/{id}", unknown).then().statusCode(404).contentType("application/problem+json");
        caseWorker().get("/concerns/{id}/history", unknown).then().statusCode(404);
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", unknown)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
