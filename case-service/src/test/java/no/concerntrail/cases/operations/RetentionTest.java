package no.concerntrail.cases.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.cases.api.Api;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * The retention deadlines of what case-service keeps for its own running, on its real database: a dry run says what
 * is due, a run erases that and nothing younger, and each run is audited without what it erased.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class RetentionTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Inject
    DataSource dataSource;

    @Test
    void whatIsPastItsDeadlineIsErasedAndTheRunAudited() throws Exception {
        String unique = UUID.randomUUID().toString();
        CASES.execute("INSERT INTO idempotency_key (actor, key, request_hash, resource_id, created_at) VALUES "
                + "(?, ?, 'h', ?, now() - interval '8 days'), (?, ?, 'h', ?, now() - interval '6 days')",
                "old-" + unique, "old-key", UUID.randomUUID(), "young-" + unique, "young-key", UUID.randomUUID());
        CASES.execute("INSERT INTO parked_event (ce_id, ce_type, topic, kafka_partition, kafka_offset, reason, "
                + "parked_at) VALUES (?, 't', 'concerntrail.conversation.events', 0, 1, 'r', now() - interval '91 days'), "
                + "(?, 't', 'concerntrail.conversation.events', 0, 2, 'r', now() - interval '89 days')",
                "old-" + unique, "young-" + unique);

        JsonPath due = operator().get("/operations/retention").then().statusCode(200).extract().jsonPath();
        assertThat(due.getList("rule")).containsExactly("idempotency-keys", "parked-events",
                "concerns-closed", "concerns-closed-at-triage");
        assertThat(due.getList("keep")).containsExactly("PT168H", "PT2160H", "PT43824H", "PT4392H");
        assertThat(due.getLong("find { it.rule == 'idempotency-keys' }.due")).isPositive();
        assertThat(due.getLong("find { it.rule == 'parked-events' }.due")).isPositive();
        // a dry run erases nothing
        assertThat(CASES.count("SELECT count(*) FROM idempotency_key WHERE actor = ?", "old-" + unique)).isOne();

        JsonPath erased = operator().post("/operations/retention/run").then().statusCode(200).extract().jsonPath();
        assertThat(erased.getInt("find { it.rule == 'idempotency-keys' }.erased")).isPositive();
        assertThat(erased.getInt("find { it.rule == 'parked-events' }.erased")).isPositive();
        assertThat(CASES.column("SELECT actor FROM idempotency_key WHERE actor LIKE ?", "%" + unique))
                .containsExactly("young-" + unique);
        assertThat(CASES.column("SELECT ce_id FROM parked_event WHERE ce_id LIKE ?", "%" + unique))
                .containsExactly("young-" + unique);

        List<Map<String, Object>> runs = operator().get("/operations/retention/runs").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(runs.subList(0, 4)).extracting(run -> run.get("rule"), run -> run.get("runBy"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("idempotency-keys", "lead-ola"),
                        org.assertj.core.groups.Tuple.tuple("parked-events", "lead-ola"),
                        org.assertj.core.groups.Tuple.tuple("concerns-closed-at-triage", "lead-ola"),
                        org.assertj.core.groups.Tuple.tuple("concerns-closed", "lead-ola"));
        assertThat(String.join("|", CASES.column("SELECT concat_ws(',', rule, cutoff, erased, run_by, at) "
                + "FROM retention_run"))).doesNotContain(unique, "old-key");
        // the audit is append-only for the service itself
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String rewrite : List.of("DELETE FROM retention_run", "UPDATE retention_run SET erased = 0")) {
                assertThatThrownBy(() -> statement.execute(rewrite)).as(rewrite).isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
    }

    @Test
    void onlyOperatorsAndTeamLeads() {
        Api.caseWorker().get("/operations/retention").then().statusCode(403);
        Api.as("analyst-anna", Api.ANALYST).post("/operations/retention/run").then().statusCode(403);
        Api.as("ops-olav", "operator").get("/operations/retention/runs").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return Api.as("lead-ola", Api.TEAM_LEAD);
    }
}
