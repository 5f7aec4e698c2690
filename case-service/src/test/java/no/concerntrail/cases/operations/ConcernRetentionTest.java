package no.concerntrail.cases.operations;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.teamLead;
import static no.concerntrail.cases.messaging.ReferralTopic.REFERRALS;
import static no.concerntrail.cases.messaging.ReferralTopic.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.cases.api.Api;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * The retention deadlines of concerns on the real database: a dry run counts what is past them, a run erases those
 * concerns (as a team lead's erasure would, on the ground of the deadline) and no other, and a closed concern another
 * service still reported about is kept.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConcernRetentionTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Test
    void closedConcernsPastTheirDeadlineAreErasedAndNoOthers() throws Exception {
        String misguidedLongAgo = closedAtTriage();
        String misguidedRecently = closedAtTriage();
        String closedYearsAgo = closedAfterWork();
        String closedYearsAgoStillReported = closedAfterWork();
        String adoptedLongAgo = Api.adoptedAndAssigned();
        lastInformation(misguidedLongAgo, "200 days");
        lastInformation(misguidedRecently, "100 days");
        lastInformation(closedYearsAgo, "6 years");
        lastInformation(closedYearsAgoStillReported, "6 years");
        lastInformation(adoptedLongAgo, "6 years");
        String referral = UUID.randomUUID().toString();
        REFERRALS.publish("ReferralAcknowledged", closedYearsAgoStillReported,
                answered(referral, closedYearsAgoStillReported));
        await().atMost(Duration.ofSeconds(20)).until(() -> CASES.count(
                "SELECT count(*) FROM concern_timeline WHERE concern_id = ?::uuid", closedYearsAgoStillReported) == 1);

        JsonPath due = operator().get("/operations/retention").then().statusCode(200).extract().jsonPath();
        assertThat(due.getLong("find { it.rule == 'concerns-closed-at-triage' }.due")).isPositive();
        assertThat(due.getLong("find { it.rule == 'concerns-closed' }.due")).isPositive();
        caseWorker().get("/concerns/{id}", misguidedLongAgo).then().body("erased", equalTo(false));

        JsonPath erased = operator().post("/operations/retention/run").then().statusCode(200).extract().jsonPath();
        assertThat(erased.getInt("find { it.rule == 'concerns-closed-at-triage' }.erased")).isPositive();
        assertThat(erased.getInt("find { it.rule == 'concerns-closed' }.erased")).isPositive();

        for (String gone : List.of(misguidedLongAgo, closedYearsAgo)) {
            teamLead().get("/concerns/{id}", gone).then().statusCode(200).body("erased", equalTo(true))
                    .body("subjectName", equalTo(null));
        }
        for (String kept : List.of(misguidedRecently, closedYearsAgoStillReported, adoptedLongAgo)) {
            teamLead().get("/concerns/{id}", kept).then().statusCode(200).body("erased", equalTo(false))
                    .body("subjectName", equalTo("Ola Nordmann"));
        }
        List<Map<String, Object>> history = teamLead().get("/concerns/{id}/history", misguidedLongAgo).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(history.get(history.size() - 1)).containsEntry("type", "ConcernErased")
                .containsEntry("actor", "lead-ola").extractingByKey("data").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("ground", "RETENTION_DEADLINE").containsEntry("reference", "concerns-closed-at-triage");
        assertThat(CASES.count("SELECT count(*) FROM subject_key WHERE subject = ?::uuid AND wrapped_key IS NULL",
                closedYearsAgo)).isOne();
    }

    private static String closedAtTriage() {
        String id = Api.receive(concern());
        teamLead().body(Map.of("outcome", "MISGUIDED", "reason", "a misunderstanding")).post("/concerns/{id}/triage",
                id).then().statusCode(200);
        return id;
    }

    private static String closedAfterWork() {
        String id = Api.adoptedAndAssigned();
        caseWorker().body(Map.of("reason", "nothing more to worry about")).post("/concerns/{id}/close", id).then()
                .statusCode(200);
        return id;
    }

    /** As if the concern had last heard anything that long ago. */
    private static void lastInformation(String concernId, String ago) throws Exception {
        CASES.execute("UPDATE concern_view SET updated_at = now() - ?::interval WHERE concern_id = ?::uuid", ago,
                concernId);
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return Api.as("lead-ola", Api.TEAM_LEAD);
    }
}
