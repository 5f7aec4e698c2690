package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.platform.audit.AccessLogRetention;
import org.junit.jupiter.api.Test;

/** Every read of a concern's personal data leaves a usage-log entry: who, when and how. */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class AccessLogTest {

    @Test
    void readsAreLoggedAndWritesAreNot() {
        String id = receive(concern());
        teamLead().get("/concerns/{id}/access-log", id).then().statusCode(200).body("$", empty());

        caseWorker().get("/concerns/{id}", id).then().statusCode(200);
        caseWorker().header("If-None-Match", "\"0\"").get("/concerns/{id}", id).then().statusCode(304);
        Api.as("officer-per", Api.CASE_WORKER).get("/concerns/{id}/history", id).then().statusCode(200);

        teamLead().get("/concerns/{id}/access-log", id).then().statusCode(200)
                .body("actor", contains("officer-kari", "officer-per"))
                .body("action", contains("concern.read", "concern.history"));
    }

    @Test
    void aListLogsEveryConcernItShows() {
        String assignee = "officer-" + UUID.randomUUID();
        String id = receive(concern());
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        teamLead().body(Map.of("assignee", assignee)).post("/concerns/{id}/assign", id).then().statusCode(200);

        caseWorker().queryParam("assignee", assignee).get("/concerns").then().statusCode(200);

        teamLead().get("/concerns/{id}/access-log", id).then().body("action", hasItem("concern.list"));
    }

    @Inject
    AccessLogRetention retention;
    @Inject
    DataSource dataSource;

    @Test
    void entriesBeyondTheRetentionAreDeleted() throws Exception {
        UUID concernId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO personal_data_access (at, actor, action, concern_id) VALUES (?, ?, ?, ?)")) {
            for (OffsetDateTime at : List.of(now.minusYears(4), now.minusYears(2))) {
                insert.setObject(1, at);
                insert.setString(2, "officer-old");
                insert.setString(3, "concern.read");
                insert.setObject(4, concernId);
                insert.executeUpdate();
            }
        }

        assertThat(retention.purge()).isPositive();

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT at FROM personal_data_access WHERE concern_id = ?")) {
            select.setObject(1, concernId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject(1, OffsetDateTime.class)).isAfter(now.minusYears(3));
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void onlyATeamLeadReadsTheAccessLog() {
        String id = receive(concern());
        caseWorker().get("/concerns/{id}/access-log", id).then().statusCode(403);
        teamLead().get("/concerns/{id}/access-log", UUID.randomUUID()).then().statusCode(404);
    }

    /** The service runs as a role that may append to the event store and the usage log, never rewrite them. */
    @Test
    void theServiceRunsAsARoleThatCannotRewriteWhatHappenedOrWhoReadIt() throws Exception {
        receive(concern());
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            try (ResultSet user = statement.executeQuery("SELECT current_user")) {
                user.next();
                assertThat(user.getString(1)).isEqualTo("case_service_app");
            }
            for (String rewrite : List.of("UPDATE domain_event_entry SET payload = payload",
                    "DELETE FROM domain_event_entry", "UPDATE personal_data_access SET actor = actor",
                    "DELETE FROM personal_data_access")) {
                assertThatThrownBy(() -> statement.execute(rewrite)).as(rewrite)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
    }
}
