package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.cases.analytics.Pseudonyms;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.testing.ServiceDatabase;
import no.concerntrail.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A concern stored by the version before sealing and before ConcernReceived's revision 3 (fixtures/
 * stored-before-sealing.sql: its report in plain, the municipality only inside the subject) is read by this one: the
 * upcaster gives the report its municipality, the aggregate loads and takes a command, the case topic and the analysts'
 * feed publish it with the municipality, and the analysts' statistics rebuild over it.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class StoredBeforeSealingTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");
    private static final String CONCERN = "7c1d6f0a-2b3e-4c5d-8e9f-0a1b2c3d4e5f";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void anOldReportLoadsPublishesAndRebuildsWithItsMunicipality() throws Exception {
        for (String statement : fixture().split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                CASES.execute(statement);
            }
        }

        teamLead().get("/concerns/{id}/history", CONCERN).then().statusCode(200)
                .body("[0].type", equalTo("ConcernReceived")).body("[0].data.municipality", equalTo("Fixtureby"))
                .body("[0].data.subject.name", equalTo("Fixture Subject"))
                .body("[1].data.reason", equalTo("Fixture triage reason"));
        teamLead().header("If-Match", "\"1\"").body(Map.of("assignee", "officer-kari"))
                .post("/concerns/{id}/assign", CONCERN).then().statusCode(200).header("ETag", "\"2\"")
                .body("assignee", equalTo("officer-kari"));

        List<ConsumerRecord<String, byte[]>> published = CaseTopic.recordsFor(CONCERN, found -> found.size() >= 3,
                Duration.ofSeconds(30));
        JsonNode received = JSON.readTree(published.get(0).value());
        assertThat(CaseTopic.header(published.get(0), "ce_type")).isEqualTo("no.concerntrail.case.ConcernReceived.v1");
        assertThat(received.path("subject").path("municipality").asText()).isEqualTo("Fixtureby");
        assertThat(received.path("subject").path("birthDate").asText()).isEqualTo("2010-04-21");

        String key = pseudonyms.of(Pseudonyms.Kind.CONCERN, UUID.fromString(CONCERN));
        List<ConsumerRecord<String, byte[]>> analysts = TopicRecords.asPrincipal(ConcernTrailServices.ANALYST,
                ConcernTrailServices.ANALYTICS_EVENTS, key, found -> found.size() >= 3, Duration.ofSeconds(30));
        assertThat(JSON.readTree(analysts.get(0).value()).path("municipality").asText()).isEqualTo("Fixtureby");

        teamLead().post("/operations/projections/analytics-statistics/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> !teamLead()
                .get("/operations/projections/analytics-statistics").then().statusCode(200).extract().jsonPath()
                .getBoolean("rebuilding"));
        assertThat(CASES.count("SELECT count(*) FROM analytics_concern WHERE concern_key = ? AND district = 'OSLO'",
                key)).isOne();
        assertThat(CASES.count("SELECT count(*) FROM unpublished_event WHERE aggregate_identifier = ?", CONCERN))
                .as("nothing of it parked").isZero();
    }

    private static String fixture() throws IOException {
        try (InputStream sql = StoredBeforeSealingTest.class.getResourceAsStream("/fixtures/stored-before-sealing.sql")) {
            return new String(sql.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("--")).reduce("", (all, line) -> all + line + "\n");
        }
    }
}
