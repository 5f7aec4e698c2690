package no.concerntrail.conversations.api;

import static no.concerntrail.conversations.api.Api.adultBirthDate;
import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.testing.CommitBarrier;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * Several officers move one conversation at the same instant: the commits are held back until one move has appended
 * and another has read the version before it, so a conflict happens for certain. Each move is applied or refused,
 * with 409 concurrent-change (at least one is) or 412 stale-version; the conversation's events stay gapless, nothing
 * lost or doubled.
 */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class ConcurrentChangesTest {

    @Test
    void simultaneousMovesAreAppliedOrRefusedNeverLost() throws Exception {
        UUID concernId = openConcern(adultBirthDate());
        String id = plan(invitation(concernId, "clarification"));

        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            try (CommitBarrier commits = CommitBarrier.hold("conversation-service")) {
                for (int i = 0; i < writers; i++) {
                    String start = LocalDate.now().plusDays(40 + i).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
                    Callable<Response> move = () -> caseWorker().body(Map.of("plannedStart", start, "place", "Room " + start))
                            .post("/conversations/{id}/rescheduled", id);
                    answers.add(pool.submit(move));
                }
                // one move waits to commit its append, another waits on that very (conversation, sequence)
                commits.awaitWaiting(2, Duration.ofSeconds(30));
            }
            List<String> applied = new ArrayList<>();
            int collided = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                // 409: it collided with the one that committed; 412: it read the version after that commit, and its
                // If-Match (the version it was sent with) is no longer the current one
                assertThat(response.statusCode()).isIn(200, 409, 412);
                if (response.statusCode() == 200) {
                    applied.add(response.path("plannedStart"));
                } else {
                    assertThat(response.<String>path("type")).endsWith(
                            response.statusCode() == 409 ? "/concurrent-change" : "/stale-version");
                    collided += response.statusCode() == 409 ? 1 : 0;
                }
            }
            assertThat(collided).as("moves refused for a concurrent change").isPositive();
            assertThat(applied).as("moves applied of %d", writers).hasSizeLessThan(writers).isNotEmpty();

            List<String> sequences = ServiceDatabase.of("conversation-service").column(
                    "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                            + "ORDER BY sequence_number", id);
            List<String> gapless = new ArrayList<>();
            for (int i = 0; i <= applied.size(); i++) {
                gapless.add(Integer.toString(i));
            }
            assertThat(sequences).as("the plan and each applied move, once").containsExactlyElementsOf(gapless);
            Response now = caseWorker().get("/conversations/{id}", id);
            assertThat(now.header("ETag")).isEqualTo("\"" + applied.size() + "\"");
        } finally {
            pool.shutdownNow();
        }
    }
}
