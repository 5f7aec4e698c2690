package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.CommitBarrier;
import org.junit.jupiter.api.Test;

/**
 * Several people change one concern at the same instant: the commits are held back (a barrier) until one change
 * has appended and another has read the version before it, so a conflict happens for certain. Each change is
 * applied or refused, with 409 concurrent-change (at least one is) or 412 stale-version (sent with a version that
 * another change has replaced by the time it is decided), never half-applied, never a 500; the event
 * store's (concern, sequence) uniqueness keeps the history gapless, nothing lost, nothing doubled. (The same across
 * two replicas: deploy/e2e's ConcurrentReplicasTest.)
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
            try (CommitBarrier commits = CommitBarrier.hold("case-service")) {
                for (int i = 0; i < writers; i++) {
                    String assignee = "officer-" + i;
                    Callable<Response> assign = () -> teamLead().body(Map.of("assignee", assignee))
                            .post("/concerns/{id}/assign", id);
                    answers.add(pool.submit(assign));
                }
                // one change waits to commit its append, another waits on that very (concern, sequence)
                commits.awaitWaiting(2, Duration.ofSeconds(30));
            }
            List<String> applied = new ArrayList<>();
            int refused = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                // 409: it collided with the one that committed; 412: it read the version after that commit, and its
                // If-Match (the version it was sent with) is no longer the current one
                assertThat(response.statusCode()).isIn(200, 409, 412);
                if (response.statusCode() == 200) {
                    applied.add(response.path("assignee"));
                } else {
                    assertThat(response.<String>path("type")).endsWith(
                            response.statusCode() == 409 ? "/concurrent-change" : "/stale-version");
                    refused += response.statusCode() == 409 ? 1 : 0;
                }
            }
            assertThat(refused).as("changes refused for a concurrent change").isPositive();

            List<Integer> sequences = caseWorker().get("/concerns/{id}/history", id).then().statusCode(200)
                    .extract().path("sequence");
            assertThat(sequences).hasSize(2 + applied.size());
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).isEqualTo(i);
            }
            List<String> assignees = caseWorker().get("/concerns/{id}/history", id).then()
                    .extract().path("findAll { it.type == 'ConcernAssigned' }.data.assignee");
            assertThat(assignees).as("each applied change once, no refused one").containsExactlyInAnyOrderElementsOf(applied);
            int version = caseWorker().get("/concerns/{id}", id).then().extract().path("version");
            assertThat(version).isEqualTo(sequences.size() - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
