package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.with;
import static no.concerntrail.cases.messaging.ReferralTopic.REFERRALS;
import static no.concerntrail.cases.messaging.ReferralTopic.answered;
import static no.concerntrail.cases.messaging.ReferralTopic.completed;
import static no.concerntrail.cases.messaging.ReferralTopic.made;
import static no.concerntrail.cases.messaging.ReferralTopic.notificationDeferred;
import static no.concerntrail.cases.messaging.ReferralTopic.subjectNotified;
import static no.concerntrail.cases.messaging.ReferralTopic.withReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.ContractExamples;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * Referral events as the police see them reach the concern's history over the real broker: each once however often
 * it is delivered, merged by time with the concern's own events, with the fields referral-service publishes and
 * nothing else, and no change to the concern.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ReferralHistoryTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Test
    void everyReferralEventIsShownOnceInTimeOrderWithItsPublishedFields() throws Exception {
        String id = adoptedAndAssigned(with(concern(), "level", "MODERATE"));
        String declined = UUID.randomUUID().toString();
        String completed = UUID.randomUUID().toString();
        String withdrawn = UUID.randomUUID().toString();
        Map<String, Map<String, Object>> published = new HashMap<>();

        publish(published, declined, "ReferralMade", made(declined, id));
        publish(published, declined, "NotificationDeferred", notificationDeferred(declined, id));
        Map<String, Object> acknowledged = answered(declined, id);
        String ceId = publish(published, declined, "ReferralAcknowledged", acknowledged);
        REFERRALS.publish(ceId, "ReferralAcknowledged", id, acknowledged); // Kafka's at-least-once: the same again
        History.awaitUntil(id, h -> History.types(h).contains("ReferralAcknowledged"));
        // the concern's own event in between: the history merges both by time
        caseWorker().body(Map.of("level", "HIGH", "reason", "new information")).post("/concerns/{id}/raise", id)
                .then().statusCode(200);
        publish(published, declined, "ReferralDeclined", withReason(declined, id, "The family has a measure already."));
        publish(published, completed, "ReferralMade", made(completed, id));
        publish(published, completed, "SubjectNotified", subjectNotified(completed, id));
        publish(published, completed, "ReferralAccepted", answered(completed, id));
        publish(published, completed, "ReferralCompleted", completed(completed, id));
        publish(published, withdrawn, "ReferralMade", made(withdrawn, id));
        publish(published, withdrawn, "ReferralWithdrawn", withReason(withdrawn, id, "Referred to the wrong office."));

        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> History.types(h).contains("ReferralWithdrawn"));
        assertThat(History.types(history)).containsExactly("ConcernReceived", "ConcernTriaged", "ConcernAssigned",
                "ReferralMade", "NotificationDeferred", "ReferralAcknowledged", "ConcernRaised", "ReferralDeclined",
                "ReferralMade", "SubjectNotified", "ReferralAccepted", "ReferralCompleted",
                "ReferralMade", "ReferralWithdrawn");
        Map<String, JsonNode> contract = ContractExamples.of("referral-service");
        for (Map<String, Object> entry : History.ofSource(history, "referral-service")) {
            String type = (String) entry.get("type");
            Map<String, Object> data = History.data(entry);
            Map<String, Object> body = published.get(data.get("referralId") + type);
            assertThat(entry).as(type).containsEntry("sequence", null).containsEntry("refused", null)
                    .containsEntry("actor", body.get("actor"));
            assertThat(data.keySet()).as(type).isEqualTo(body.keySet());
            assertThat(new ArrayList<>(data.keySet())).as("%s shows only what referral-service publishes", type)
                    .isSubsetOf(fieldsOf(contract.get(ReferralTopic.TYPE_PREFIX + type + ".v1")));
        }
        assertThat(History.data(History.ofType(history, "ReferralMade").get(0)))
                .containsEntry("basis", "DUTY_TO_NOTIFY").containsEntry("citation", "barnevernsloven § 13-2")
                .containsEntry("helpNeeds", List.of("EDUCATION", "FAMILY"));
        assertThat(History.data(History.last(history, "ReferralDeclined")))
                .containsEntry("reason", "The family has a measure already.");
        assertThat(History.data(History.last(history, "SubjectNotified"))).containsEntry("method", "IN_PERSON");
        // a referral is a timeline entry only: the concern is as the officer left it
        caseWorker().get("/concerns/{id}", id).then().statusCode(200).body("level", equalTo("HIGH"))
                .body("status", equalTo("OPEN"));

        // each is stored once in case-service's own event store too (the redelivery not again), beside the concern's
        // events and outside its aggregate, without the free text a person wrote: that stays in the timeline only
        List<String> stored = CASES.column("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE payload_type LIKE '%ReferralEvent%' AND convert_from(payload, 'UTF8') LIKE ?", "%" + id + "%");
        assertThat(stored).hasSize(10);
        assertThat(String.join("\n", stored)).contains("DUTY_TO_NOTIFY").doesNotContain(
                "The family has a measure already.", "Referred to the wrong office.", "Support at school is in place.",
                "Telling the family now would end the talks.");
        assertThat(CASES.column("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE payload_type "
                + "LIKE '%ReferralEvent%' AND convert_from(payload, 'UTF8') LIKE ?", "%" + id + "%"))
                .allSatisfy(metaData -> assertThat(metaData).contains(id));
    }

    /** Publishes with a new ce_id, noting the body under its referral and type. */
    private static String publish(Map<String, Map<String, Object>> published, String referralId, String name,
                                  Map<String, Object> body) {
        published.put(referralId + name, body);
        return REFERRALS.publish(name, (String) body.get("concernId"), body);
    }

    private static List<String> fieldsOf(JsonNode example) {
        List<String> fields = new ArrayList<>();
        example.fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
