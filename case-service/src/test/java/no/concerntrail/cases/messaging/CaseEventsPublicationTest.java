package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.cases.api.Api;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What reaches concerntrail.case.events: CloudEvents in binary mode, keyed and ordered by concern, minimised. */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class CaseEventsPublicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachConcernsEventsArePublishedInOrderAsCloudEvents() throws Exception {
        String id = adoptedAndAssigned();
        caseWorker().body(Map.of("level", "HIGH", "reason", "Bought a knife")).post("/concerns/{id}/raise", id)
                .then().statusCode(200);
        caseWorker().body(Map.of("reason", "Moved abroad")).post("/concerns/{id}/close", id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = CaseTopic.recordsFor(id, r -> r.size() >= 5, Duration.ofSeconds(30));

        assertThat(records).extracting(r -> CaseTopic.header(r, "ce_type")).containsExactly(
                "no.concerntrail.case.ConcernReceived.v1", "no.concerntrail.case.ConcernTriaged.v1",
                "no.concerntrail.case.ConcernAssigned.v1", "no.concerntrail.case.ConcernRaised.v1",
                "no.concerntrail.case.ConcernClosed.v1");
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        List<Map<String, Object>> history = caseWorker().get("/concerns/{id}/history", id).then().extract().path("$");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(record.key()).isEqualTo(id);
            assertThat(CaseTopic.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(CaseTopic.header(record, "ce_subject")).isEqualTo(id);
            assertThat(CaseTopic.header(record, "ce_source")).isEqualTo("/concerntrail/case-service");
            assertThat(CaseTopic.header(record, "ce_id")).isNotBlank();
            assertThat(OffsetDateTime.parse(CaseTopic.header(record, "ce_time"))).isNotNull();
            assertThat(CaseTopic.header(record, "content-type")).isEqualTo("application/json");
            JsonNode body = json.readTree(record.value());
            assertThat(body.get("concernId").asText()).isEqualTo(id);
        }
        assertThat(records).extracting(r -> CaseTopic.header(r, "ce_id")).doesNotHaveDuplicates();
        JsonNode raised = json.readTree(records.get(3).value());
        assertThat(raised.get("from").asText()).isEqualTo("MODERATE");
        assertThat(raised.get("to").asText()).isEqualTo("HIGH");
        assertThat(raised.get("actor").asText()).isEqualTo("officer-kari");
        assertThat(history).hasSize(5);
    }

    @Test
    void noProtectedFieldLeavesTheService() throws Exception {
        Map<String, Object> concern = concern();
        String id = caseWorker().body(concern).post("/concerns").then().statusCode(201).extract().path("concernId");
        Api.teamLead().body(Map.of("outcome", "SIGNPOSTED", "reason", "Secret triage reasoning",
                "signpostedTo", "Child welfare, case officer Berit")).post("/concerns/{id}/triage", id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = CaseTopic.recordsFor(id, r -> r.size() >= 2, Duration.ofSeconds(30));

        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) concern.get("subject");
        for (ConsumerRecord<String, byte[]> record : records) {
            String body = CaseTopic.body(record);
            assertThat(body).doesNotContain("Reporter Hansen", "+47 99 99 99 99", "teacher",
                    (String) concern.get("summary"), (String) subject.get("nationalIdentityNumber"),
                    "Secret triage reasoning", "Berit");
            JsonNode node = json.readTree(body);
            assertThat(node.has("reporter")).isFalse();
            assertThat(node.has("summary")).isFalse();
            assertThat(node.has("reason")).isFalse();
            assertThat(node.has("signpostedTo")).isFalse();
            record.headers().forEach(h -> assertThat(new String(h.value())).doesNotContain("Reporter Hansen"));
        }
        JsonNode received = json.readTree(records.get(0).value());
        assertThat(received.get("subject").get("birthDate").asText()).isEqualTo(subject.get("birthDate"));
        assertThat(received.get("subject").has("nationalIdentityNumber")).isFalse();
        // who the person is stays in case-service: no consumer needs the name
        assertThat(received.get("subject").has("name")).isFalse();
        assertThat(CaseTopic.body(records.get(0))).doesNotContain((String) subject.get("name"));
    }

    /** Why an officer raised, lowered, closed or reopened a concern is their assessment: it stays in case-service. */
    @Test
    void noReasonForAChangeOfLevelOrStatusLeavesTheService() throws Exception {
        String id = adoptedAndAssigned();
        List<String> reasons = List.of("Raised: bought a knife", "Lowered: talked to his father",
                "Closed: moved abroad", "Reopened: back in Drammen");
        caseWorker().body(Map.of("level", "HIGH", "reason", reasons.get(0))).post("/concerns/{id}/raise", id)
                .then().statusCode(200);
        caseWorker().body(Map.of("level", "LOW", "reason", reasons.get(1))).post("/concerns/{id}/lower", id)
                .then().statusCode(200);
        caseWorker().body(Map.of("reason", reasons.get(2))).post("/concerns/{id}/close", id).then().statusCode(200);
        caseWorker().body(Map.of("reason", reasons.get(3))).post("/concerns/{id}/reopen", id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = CaseTopic.recordsFor(id, r -> r.size() >= 7, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> CaseTopic.header(r, "ce_type")).contains(
                "no.concerntrail.case.ConcernRaised.v1", "no.concerntrail.case.ConcernLowered.v1",
                "no.concerntrail.case.ConcernClosed.v1", "no.concerntrail.case.ConcernReopened.v1");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(CaseTopic.body(record)).doesNotContain(reasons.toArray(String[]::new))
                    .doesNotContain("knife", "father", "abroad", "back in");
            assertThat(json.readTree(record.value()).has("reason")).isFalse();
        }
    }
}
