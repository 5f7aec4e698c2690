package no.concerntrail.conversations.api;

import static no.concerntrail.conversations.api.Api.adultBirthDate;
import static no.concerntrail.conversations.api.Api.as;
import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.minorBirthDate;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.conversations.CaseEventsFeed;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.platform.audit.AccessLogRetention;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/** Every read of a conversation's personal data is logged against its concern; a team lead can see who read what. */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class ConversationAccessLogTest {

    @Test
    void readsAreLoggedAgainstTheConcern() {
        UUID concernId = openConcern(adultBirthDate());
        String id = plan(invitation(concernId, "clarification"));
        lead().get("/concerns/{id}/conversations/access-log", concernId).then().statusCode(200).body("$", empty());

        caseWorker().get("/conversations/{id}", id).then().statusCode(200);
        caseWorker().header("If-None-Match", "\"0\"").get("/conversations/{id}", id).then().statusCode(304);
        as("officer-per", Api.CASE_WORKER).get("/concerns/{id}/conversations", concernId).then().statusCode(200);

        lead().get("/concerns/{id}/conversations/access-log", concernId).then().statusCode(200)
                .body("actor", contains("officer-kari", "officer-per"))
                .body("action", contains("conversation.read", "conversation.list"));
    }

    @Test
    void dueFollowUpsAreLoggedAgainstTheirConcerns() {
        UUID concernId = openConcern(minorBirthDate());
        String id = plan(invitation(concernId, "concern"));
        caseWorker().body(held()).post("/conversations/{id}/held", id).then().statusCode(200);
        caseWorker().queryParam("dueBefore", LocalDate.now().plusYears(1).toString()).queryParam("limit", 500)
                .get("/follow-ups").then().statusCode(200);
        lead().get("/concerns/{id}/conversations/access-log", concernId).then()
                .body("action", hasItem("follow-up.list"));
    }

    @Test
    void onlyATeamLeadReadsTheLog() {
        caseWorker().get("/concerns/{id}/conversations/access-log", UUID.randomUUID()).then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification lead() {
        return as("lead-ola", Api.TEAM_LEAD);
    }

    @Inject
    AccessLogRetention retention;

    /** conversation-service keeps its usage log as long as the law says, and no longer (default: three years). */
    @Test
    void entriesBeyondTheRetentionAreDeleted() throws Exception {
        ServiceDatabase database = ServiceDatabase.of("conversation-service");
        // a concern of the lead's district: another's log is need-to-know too
        UUID concernId = CaseEventsFeed.received(Api.minorBirthDate());
        Api.awaitKnown(concernId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String insert = "INSERT INTO personal_data_access (at, actor, action, concern_id) VALUES (?, ?, ?, ?)";
        database.execute(insert, now.minusYears(3).minusDays(1), "officer-old", "conversation.read", concernId);
        database.execute(insert, now.minusYears(3).plusDays(1), "officer-old", "conversation.read", concernId);

        assertThat(retention.purge()).isPositive();

        lead().get("/concerns/{id}/conversations/access-log", concernId).then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Inject
    DataSource dataSource;

    /** The service runs as a role that may append to the event store and the usage log, never rewrite them. */
    @Test
    void theServiceRunsAsARoleThatCannotRewriteWhatHappenedOrWhoReadIt() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet user = statement.executeQuery("SELECT current_user")) {
                user.next();
                assertThat(user.getString(1)).isEqualTo("conversation_service_app");
            }
            for (String rewrite : List.of("UPDATE domain_event_entry SET payload = payload",
                    "DELETE FROM domain_event_entry", "UPDATE personal_data_access SET actor = actor",
                    "DELETE FROM personal_data_access")) {
                assertThatThrownBy(() -> statement.execute(rewrite)).as(rewrite)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
    }
}
