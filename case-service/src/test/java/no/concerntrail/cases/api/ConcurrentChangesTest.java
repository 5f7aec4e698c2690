package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.concerntrail.cases.CaseServiceInfra;
import org.junit.jupiter.api.Test;

/**
 * Several people change one concern at the same instant (or several replicas handle their
 * requests): each change is either applied or refused with 409, never half-applied, never a 500,
 * and the event store's (concern, sequence) uniqueness keeps the history gapless.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConcurrentChangesTest {

    @Test
    void simultaneousChangesAreAppliedOrRefusedNeverLost() throws Exception {
        String id = receive(concern());
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);

        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String assignee = "officer-" + i;
                Callable<Response> assign = () -> teamLead().body(Map.of("assignee", assignee))
                        .post("/concerns/{id}/assign", id);
                answers.add(pool.submit(assign));
            }
            int applied = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isIn(200, 409);
                if (response.statusCode() == 200) {
                    applied++;
                } else {
                    assertThat(response.<String>path("type")).endsWith("/concurrent-change");
                }
            }

            List<Integer> sequences = caseWorker().get("/concerns/{id}/history", id).then().statusCode(200)
                    .extract().path("sequence");
            assertThat(applied).isPositive();
            assertThat(sequences).hasSize(2 + applied);
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).isEqualTo(i);
            }
            int version = caseWorker().get("/concerns/{id}", id).then().extract().path("version");
            assertThat(version).isEqualTo(sequences.size() - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
