package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import org.junit.jupiter.api.Test;

/** A retried POST /concerns with the same Idempotency-Key returns the same concern and appends nothing. */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class IdempotencyTest {

    @Test
    void aRetryReturnsTheSameConcernAndAppendsNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = concern();
        String first = caseWorker().header("Idempotency-Key", key).body(body).post("/concerns")
                .then().statusCode(201).extract().header("Location");
        String second = caseWorker().header("Idempotency-Key", key).body(body).post("/concerns")
                .then().statusCode(201).extract().header("Location");

        assertThat(second).isEqualTo(first);
        String id = first.substring(first.lastIndexOf('/') + 1);
        caseWorker().get("/concerns/{id}/history", id).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        caseWorker().header("Idempotency-Key", key).body(concern()).post("/concerns").then().statusCode(201);
        caseWorker().header("Idempotency-Key", key).body(Api.with(concern(), "level", "HIGH")).post("/concerns")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reused"));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String mine = caseWorker().header("Idempotency-Key", key).body(concern()).post("/concerns")
                .then().statusCode(201).extract().header("Location");
        String theirs = Api.as("officer-per", Api.CASE_WORKER).header("Idempotency-Key", key).body(concern())
                .post("/concerns").then().statusCode(201).extract().header("Location");
        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void withoutAKeyEachPostIsANewConcern() {
        String a = caseWorker().body(concern()).post("/concerns").then().statusCode(201).extract().header("Location");
        String b = caseWorker().body(concern()).post("/concerns").then().statusCode(201).extract().header("Location");
        assertThat(a).isNotEqualTo(b);
    }
}
