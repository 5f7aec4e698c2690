package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * A concern with years of history is loaded from a snapshot (every 5 events in tests), and neither
 * its decisions nor its history lose anything by it.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class LongHistoryTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Test
    void aConcernLoadedFromASnapshotDecidesAsIfReplayedInFull() throws Exception {
        String id = adoptedAndAssigned();
        for (int i = 0; i < 10; i++) {
            caseWorker().body(Map.of("level", "HIGH", "reason", "up " + i)).post("/concerns/{id}/raise", id)
                    .then().statusCode(200);
            caseWorker().body(Map.of("level", "LOW", "reason", "down " + i)).post("/concerns/{id}/lower", id)
                    .then().statusCode(200);
        }

        assertThat(snapshotsOf(id)).isPositive();
        caseWorker().body(Map.of("level", "LOW", "reason", "again")).post("/concerns/{id}/lower", id)
                .then().statusCode(409).body("rule", equalTo("lower-must-go-lower"));
        Api.teamLead().body(Map.of("assignee", "officer-kari")).post("/concerns/{id}/assign", id)
                .then().statusCode(409).body("rule", equalTo("assignment-must-change"));
        caseWorker().get("/concerns/{id}/history", id).then().statusCode(200)
                .body("$", hasSize(23)).body("[0].type", equalTo("ConcernReceived"))
                .body("[22].data.reason", equalTo("down 9"));
    }

    /**
     * The snapshot is what loading starts from, not a row written for show: a snapshot made to say another assignee
     * than the events do decides the next command. (Replaying the events would find officer-kari assigned.)
     */
    @Test
    void loadingStartsFromTheSnapshotNotFromTheFirstEvent() throws Exception {
        String id = adoptedAndAssigned();
        for (int i = 0; i < 3; i++) {
            caseWorker().body(Map.of("level", "HIGH", "reason", "up " + i)).post("/concerns/{id}/raise", id)
                    .then().statusCode(200);
            caseWorker().body(Map.of("level", "LOW", "reason", "down " + i)).post("/concerns/{id}/lower", id)
                    .then().statusCode(200);
        }
        CASES.awaitSettledSnapshot(id);

        int marked = CASES.execute("""
                UPDATE snapshot_event_entry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'),
                                                 '"assignee":"officer-kari"', '"assignee":"officer-marker"'), 'UTF8')
                WHERE aggregate_identifier = ? AND convert_from(payload, 'UTF8') LIKE '%"assignee":"officer-kari"%'
                """, id);
        assertThat(marked).isPositive();

        Api.teamLead().body(Map.of("assignee", "officer-marker")).post("/concerns/{id}/assign", id)
                .then().statusCode(409).body("rule", equalTo("assignment-must-change"));
        Api.teamLead().body(Map.of("assignee", "officer-kari")).post("/concerns/{id}/assign", id)
                .then().statusCode(200);
    }

    private static long snapshotsOf(String concernId) throws Exception {
        return CASES.count("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", concernId);
    }
}
