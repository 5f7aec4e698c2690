package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.messaging.ReferralTopic.REFERRALS;
import static no.concerntrail.cases.messaging.ReferralTopic.TOPIC;
import static no.concerntrail.cases.messaging.ReferralTopic.TYPE_PREFIX;
import static no.concerntrail.cases.messaging.ReferralTopic.answered;
import static no.concerntrail.cases.messaging.ReferralTopic.made;
import static no.concerntrail.cases.messaging.ReferralTopic.withReason;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.ServiceDatabase;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A tolerant reader of referral events: what case-service does not know (types, versions, fields, concerns) is passed
 * over, a broken body is shown marked unreadable, and nothing stops the consumer.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ReferralEventsToleranceTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Test
    void unknownTypesVersionsAndFieldsArePassedOver() {
        String id = adoptedAndAssigned(concern());
        String referral = UUID.randomUUID().toString();

        Map<String, Object> made = made(referral, id);
        made.put("subjectName", "Ola Nordmann"); // fields added later, even ones the contract keeps out today
        made.put("consent", Map.of("givenBy", List.of("GUARDIANS")));
        REFERRALS.publish("ReferralMade", id, made);
        REFERRALS.publish("ReferralEscalated", id, answered(referral, id)); // a type added later
        REFERRALS.publish(UUID.randomUUID().toString(), TYPE_PREFIX + "ReferralAccepted.v2", id,
                "{\"entirely\":\"different\"}".getBytes(StandardCharsets.UTF_8)); // a version added later
        REFERRALS.publish("ReferralWithdrawn", id, withReason(referral, id, "Referred to the wrong office."));

        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> History.types(h).contains("ReferralWithdrawn"));
        assertThat(History.types(history)).containsExactly("ConcernReceived", "ConcernTriaged", "ConcernAssigned",
                "ReferralMade", "ReferralWithdrawn");
        assertThat(History.data(History.last(history, "ReferralMade"))).containsEntry("agency", "child-welfare")
                .doesNotContainKeys("subjectName", "consent");
    }

    @Test
    void brokenRecordsAndUnknownConcernsDoNotStopTheConsumer() throws Exception {
        String id = adoptedAndAssigned(concern());
        String referral = UUID.randomUUID().toString();
        String unknownConcern = UUID.randomUUID().toString();

        REFERRALS.send(new ProducerRecord<>(TOPIC, id, "no CloudEvent".getBytes(StandardCharsets.UTF_8)));
        String notJson = REFERRALS.publish(UUID.randomUUID().toString(), TYPE_PREFIX + "ReferralAccepted.v1", id,
                "{not json".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> noReferral = answered(referral, id);
        noReferral.remove("referralId");
        String withoutId = REFERRALS.publish("ReferralAcknowledged", id, noReferral);
        String aboutUnknown = REFERRALS.publish("ReferralMade", unknownConcern, made(referral, unknownConcern));
        REFERRALS.publish("ReferralMade", id, made(referral, id));

        List<Map<String, Object>> history = History.awaitUntil(id, h -> History.types(h).contains("ReferralMade"));
        assertThat(History.types(history)).containsExactly("ConcernReceived", "ConcernTriaged", "ConcernAssigned",
                "ReferralAccepted", "ReferralAcknowledged", "ReferralMade");
        // the broken ones are in the history, marked: the case worker learns that something happened to a referral
        assertUnreadable(History.last(history, "ReferralAccepted"), notJson, "not JSON");
        assertUnreadable(History.last(history, "ReferralAcknowledged"), withoutId, "referralId");
        // the event about a concern case-service does not know was skipped, and marked as handled
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> processed(aboutUnknown));
        caseWorker().get("/concerns/{id}/history", unknownConcern).then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static void assertUnreadable(Map<String, Object> entry, String ceId, String problem) {
        assertThat(entry).containsEntry("source", "referral-service").containsEntry("data", null);
        Map<String, Object> refused = (Map<String, Object>) entry.get("refused");
        assertThat(refused).containsEntry("rule", "referral-event-unreadable");
        assertThat((String) refused.get("detail")).contains(ceId).contains(problem);
    }

    private static boolean processed(String ceId) throws Exception {
        return CASES.count("SELECT count(*) FROM processed_event WHERE ce_id = ?", ceId) == 1;
    }
}
