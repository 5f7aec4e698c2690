package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.local.LocalPostgres;
import no.concerntrail.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * A concern with years of history is loaded from a snapshot (every 5 events in tests), and neither
 * its decisions nor its history lose anything by it.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class LongHistoryTest {

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

    private static int snapshotsOf(String concernId) throws Exception {
        LocalPostgres.Database database = PostgresTestResource.database("case-service");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")) {
            count.setString(1, concernId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
