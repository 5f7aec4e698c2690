package no.concerntrail.cases.analytics;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.TestNationalIds;
import no.concerntrail.cases.messaging.ConversationTopic;
import no.concerntrail.cases.messaging.ReferralTopic;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.testing.ServiceDatabase;
import no.concerntrail.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What the analysts read, with their own Kafka login: a concern's whole life, in order, under its key, the person as
 * a pseudonym and an age, and none of the names, numbers, contacts and words the police wrote down.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class AnalystsHistoryTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    private static final String TOPIC = ConcernTrailServices.ANALYTICS_EVENTS;

    @Inject
    Pseudonyms pseudonyms;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aConcernsLifeReachesTheAnalystsPseudonymisedAndInOrder() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDate birthDate = LocalDate.now().minusYears(15).minusDays(40);
        String nationalId = TestNationalIds.forBirthDate(birthDate);
        Map<String, Object> planted = new LinkedHashMap<>(concern());
        planted.put("subject", Map.of("name", "Zyxwer " + unique, "birthDate", birthDate.toString(),
                "nationalIdentityNumber", nationalId, "municipality", "Drammen"));
        planted.put("reporter", Map.of("name", "Reporter " + unique, "contact", "reporter-" + unique + "@example.no",
                "relation", "teacher"));
        planted.put("summary", "Summary " + unique);
        String id = receive(planted);
        teamLead().body(Map.of("outcome", "ADOPTED", "reason", "Triage reason " + unique))
                .post("/concerns/{id}/triage", id).then().statusCode(200);
        teamLead().body(Map.of("assignee", "officer-" + unique)).post("/concerns/{id}/assign", id).then()
                .statusCode(200);
        caseWorker().body(Map.of("level", "HIGH", "reason", "Raise reason " + unique)).post("/concerns/{id}/raise", id)
                .then().statusCode(200);
        caseWorker().body(Map.of("level", "LOW", "reason", "Lower reason " + unique)).post("/concerns/{id}/lower", id)
                .then().statusCode(200);
        caseWorker().body(Map.of("reason", "Close reason " + unique)).post("/concerns/{id}/close", id).then()
                .statusCode(200);
        caseWorker().body(Map.of("reason", "Reopen reason " + unique)).post("/concerns/{id}/reopen", id).then()
                .statusCode(200);
        teamLead().body(Map.of("district", "SOR_OST", "reason", "Transfer reason " + unique))
                .post("/concerns/{id}/transfer", id).then().statusCode(200);
        // what conversation-service and referral-service report about it joins its history, in the order learnt
        String key = pseudonyms.of(Pseudonyms.Kind.CONCERN, UUID.fromString(id));
        analystsRead(key, 8);
        String conversationId = UUID.randomUUID().toString();
        Map<String, Object> held = ConversationTopic.held(conversationId, id, "RAISED", "HIGH");
        held.put("guidingOfficer", "officer-" + unique);
        held.put("actor", "officer-" + unique);
        ConversationTopic.publish("ConversationHeld", id, held);
        analystsRead(key, 10);
        String referralId = UUID.randomUUID().toString();
        ReferralTopic.REFERRALS.publish("ReferralMade", id, ReferralTopic.made(referralId, id));
        analystsRead(key, 11);
        ReferralTopic.REFERRALS.publish("ReferralDeclined", id,
                ReferralTopic.withReason(referralId, id, "Declined reason " + unique));

        List<ConsumerRecord<String, byte[]>> records = analystsRead(key, 12);
        assertThat(records).extracting(record -> TopicRecords.header(record, "ce_type")).containsExactly(
                "no.concerntrail.analytics.ConcernReceived.v1", "no.concerntrail.analytics.ConcernTriaged.v1",
                "no.concerntrail.analytics.ConcernAssigned.v1", "no.concerntrail.analytics.ConcernRaised.v1",
                "no.concerntrail.analytics.ConcernLowered.v1", "no.concerntrail.analytics.ConcernClosed.v1",
                "no.concerntrail.analytics.ConcernReopened.v1", "no.concerntrail.analytics.ConcernTransferred.v1",
                "no.concerntrail.analytics.ConversationHeld.v1", "no.concerntrail.analytics.ConcernRaised.v1",
                "no.concerntrail.analytics.ReferralMade.v1", "no.concerntrail.analytics.ReferralDeclined.v1");
        assertThat(records).extracting(record -> TopicRecords.header(record, "ce_subject")).containsOnly(key);

        JsonNode received = json.readTree(records.get(0).value());
        // the pseudonym is of the person's salt, kept under the keyed lookup of their national identity number
        String salt = CASES.column("SELECT encode(salt, 'hex') FROM person_salt WHERE lookup = ?",
                pseudonyms.lookup(nationalId, "Zyxwer " + unique, birthDate)).get(0);
        assertThat(received.path("person").asText()).matches("p-[0-9a-f]{32}")
                .isEqualTo(pseudonyms.person(HexFormat.of().parseHex(salt)));
        assertThat(received.path("age").asInt()).isEqualTo(15);
        assertThat(received.path("district").asText()).isEqualTo("OSLO");
        assertThat(received.path("municipality").asText()).isEqualTo("Drammen");
        assertThat(received.path("keys").asText()).isEqualTo("test");
        assertThat(json.readTree(records.get(3).value()).path("to").asText()).isEqualTo("HIGH");
        assertThat(json.readTree(records.get(5).value()).path("age").asInt()).isEqualTo(15);
        assertThat(json.readTree(records.get(7).value()).path("to").asText()).isEqualTo("SOR_OST");
        JsonNode conversation = json.readTree(records.get(8).value());
        assertThat(conversation.path("conversation").asText())
                .isEqualTo(pseudonyms.of(Pseudonyms.Kind.CONVERSATION, UUID.fromString(conversationId)));
        assertThat(conversation.path("outcome").asText()).isEqualTo("RAISED");
        assertThat(json.readTree(records.get(9).value()).path("cause").asText())
                .isEqualTo(conversation.path("conversation").asText());
        assertThat(conversation.path("minutes").asInt()).isEqualTo(90);
        assertThat(conversation.path("age").asInt()).isEqualTo(15);
        JsonNode referral = json.readTree(records.get(10).value());
        assertThat(referral.path("referral").asText())
                .isEqualTo(pseudonyms.of(Pseudonyms.Kind.REFERRAL, UUID.fromString(referralId)));
        assertThat(referral.path("agency").asText()).isEqualTo("child-welfare");
        assertThat(referral.path("basis").asText()).isEqualTo("DUTY_TO_NOTIFY");

        for (ConsumerRecord<String, byte[]> record : records) {
            StringBuilder everything = new StringBuilder(record.key()).append(new String(record.value(),
                    StandardCharsets.UTF_8));
            record.headers().forEach(header -> everything.append(header.key())
                    .append(new String(header.value(), StandardCharsets.UTF_8)));
            assertThat(everything.toString()).doesNotContain(unique, nationalId, id, conversationId, referralId,
                    birthDate.toString(), "Zyxwer", "officer-", "cw-per", "barnevernsloven");
        }
    }

    /** The concern's records on the analysts' topic, read with their login, once there are at least so many. */
    private static List<ConsumerRecord<String, byte[]>> analystsRead(String key, int records) {
        return TopicRecords.asPrincipal(ConcernTrailServices.ANALYST, TOPIC, key, found -> found.size() >= records,
                Duration.ofSeconds(30));
    }
}
