package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.with;
import static no.concerntrail.cases.messaging.ConversationTopic.TOPIC;
import static no.concerntrail.cases.messaging.ConversationTopic.TYPE_PREFIX;
import static no.concerntrail.cases.messaging.ConversationTopic.cancelled;
import static no.concerntrail.cases.messaging.ConversationTopic.held;
import static no.concerntrail.cases.messaging.ConversationTopic.planned;
import static no.concerntrail.cases.messaging.ConversationTopic.publish;
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
 * A tolerant reader: what case-service does not know (types, versions, fields, concerns) is passed over, and
 * a broken record never stops the consumer; every conversation event about a known concern reaches its history.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConversationEventsToleranceTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Test
    void unknownTypesVersionsAndFieldsAreToleratedAndEachKindOfEventIsShown() {
        String id = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        String conversation = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();

        publish("ConversationPlanned", id, planned(conversation, id));
        publish("ConversationRescheduled", id, planned(conversation, id)); // the fields it needs are the plan's
        publish("ConversationMoodRecorded", id, planned(conversation, id)); // a type added later
        publish(UUID.randomUUID().toString(), TYPE_PREFIX + "ConversationHeld.v2", id,
                "{\"entirely\":\"different\"}".getBytes(StandardCharsets.UTF_8)); // a version added later
        Map<String, Object> held = held(conversation, id, "LOWERED", "LOW");
        held.put("mood", "calm"); // fields added later
        held.put("assessment", Map.of("nested", List.of(1, 2)));
        publish("ConversationHeld", id, held);
        // the concern is lowered when the held conversation is handled: the later events come after that
        History.awaitUntil(id, h -> History.types(h).contains("ConcernLowered"));
        publish("ConversationDeclined", id, cancelled(later, id));
        publish("ConversationCancelled", id, cancelled(later, id));
        Map<String, Object> noShow = cancelled(later, id);
        noShow.put("mandatory", true);
        publish("ConversationNoShow", id, noShow);

        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> History.types(h).contains("ConversationNoShow"));
        assertThat(History.types(history)).containsExactly("ConcernReceived", "ConcernTriaged", "ConcernAssigned",
                "ConversationPlanned", "ConversationRescheduled", "ConversationHeld", "ConcernLowered",
                "ConversationDeclined",
                "ConversationCancelled", "ConversationNoShow");
        assertThat(History.data(History.last(history, "ConversationHeld"))).doesNotContainKeys("mood", "assessment");
        assertThat(History.data(History.last(history, "ConversationNoShow"))).containsEntry("mandatory", true);
    }

    @Test
    void brokenRecordsAndUnknownConcernsDoNotStopTheConsumer() throws Exception {
        String id = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        String unknownConcern = UUID.randomUUID().toString();

        ConversationTopic.send(new ProducerRecord<>(TOPIC, id, "no CloudEvent".getBytes(StandardCharsets.UTF_8)));
        String brokenBody = UUID.randomUUID().toString();
        publish(brokenBody, TYPE_PREFIX + "ConversationHeld.v1", id, "{not json".getBytes(StandardCharsets.UTF_8));
        String aboutUnknown = publish("ConversationHeld", unknownConcern,
                held(UUID.randomUUID().toString(), unknownConcern, "LOWERED", "LOW"));
        publish("ConversationHeld", id, held(UUID.randomUUID().toString(), id, "LOWERED", "MODERATE"));

        List<Map<String, Object>> history = History.awaitUntil(id, h -> History.types(h).contains("ConcernLowered"));
        // the broken one is in the history, marked: the case worker learns a conversation was reported
        Map<String, Object> unreadable = History.ofType(history, "ConversationHeld").get(0);
        assertThat(unreadable).containsEntry("data", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> refused = (Map<String, Object>) unreadable.get("refused");
        assertThat(refused).containsEntry("rule", "conversation-event-unreadable");
        assertThat((String) refused.get("detail")).contains(brokenBody).contains("not JSON");
        assertThat(History.ofType(history, "ConversationHeld")).hasSize(2);
        // the event about a concern case-service does not know was skipped, and marked as handled
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> processed(aboutUnknown));
        caseWorker().get("/concerns/{id}/history", unknownConcern).then().statusCode(404);
    }

    private static boolean processed(String ceId) throws Exception {
        return CASES.count("SELECT count(*) FROM processed_event WHERE ce_id = ?", ceId) == 1;
    }
}
