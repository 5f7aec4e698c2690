package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.adopted;
import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.with;
import static no.concerntrail.cases.messaging.ConversationTopic.cancelled;
import static no.concerntrail.cases.messaging.ConversationTopic.held;
import static no.concerntrail.cases.messaging.ConversationTopic.planned;
import static no.concerntrail.cases.messaging.ConversationTopic.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * Choreography: a held conversation whose outcome LOWERED or RAISED the concern changes its level, once, with
 * the conversation as the cause; an outcome the concern refuses is shown with its rule and blocks nothing.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConversationOutcomesTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Test
    void aConversationThatLoweredTheConcernLowersItAndShowsInItsHistory() {
        String id = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        String conversation = UUID.randomUUID().toString();

        publish("ConversationPlanned", id, planned(conversation, id));
        publish("ConversationHeld", id, held(conversation, id, "LOWERED", "LOW"));

        List<Map<String, Object>> history = History.awaitUntil(id, h -> History.types(h).contains("ConcernLowered"));
        assertThat(History.types(history)).containsExactly("ConcernReceived", "ConcernTriaged", "ConcernAssigned",
                "ConversationPlanned", "ConversationHeld", "ConcernLowered");
        Map<String, Object> lowered = history.get(5);
        assertThat(lowered).containsEntry("source", "case-service").containsEntry("sequence", 3)
                .containsEntry("actor", "officer-per").containsEntry("refused", null);
        assertThat(History.data(lowered)).containsEntry("causeConversationId", conversation)
                .containsEntry("from", "HIGH").containsEntry("to", "LOW");
        Map<String, Object> heldEntry = history.get(4);
        assertThat(heldEntry).containsEntry("source", "conversation-service").containsEntry("sequence", null)
                .containsEntry("actor", "officer-per").containsEntry("refused", null);
        assertThat(History.data(heldEntry)).containsEntry("conversationId", conversation)
                .containsEntry("outcome", "LOWERED").containsEntry("newLevel", "LOW").containsEntry("measures", 2)
                // only what case-service reads is kept
                .doesNotContainKey("rightsNoticeGivenAt");
        caseWorker().get("/concerns/{id}", id).then().statusCode(200).body("level", equalTo("LOW"));
    }

    @Test
    void aConversationThatRaisedTheConcernRaisesIt() {
        String id = adoptedAndAssigned(with(concern(), "level", "MODERATE"));
        String conversation = UUID.randomUUID().toString();

        publish("ConversationHeld", id, held(conversation, id, "RAISED", "HIGH"));

        List<Map<String, Object>> history = History.awaitUntil(id, h -> History.types(h).contains("ConcernRaised"));
        Map<String, Object> raised = History.last(history, "ConcernRaised");
        assertThat(History.data(raised)).containsEntry("causeConversationId", conversation)
                .containsEntry("from", "MODERATE").containsEntry("to", "HIGH");
        assertThat(History.types(history)).containsSubsequence("ConversationHeld", "ConcernRaised");
    }

    @Test
    void anOutcomeDeliveredAgainChangesTheConcernOnce() {
        String id = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        String conversation = UUID.randomUUID().toString();
        Map<String, Object> held = held(conversation, id, "LOWERED", "MODERATE");
        String ceId = UUID.randomUUID().toString();

        publish(ceId, "ConversationHeld", id, held);
        publish(ceId, "ConversationHeld", id, held); // Kafka's at-least-once: the same event again
        String republished = publish("ConversationHeld", id, held); // the same outcome under another ce_id
        // same key, same partition: once this one shows, the three before it have been handled
        publish("ConversationCancelled", id, cancelled(UUID.randomUUID().toString(), id));

        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> History.types(h).contains("ConversationCancelled"));
        assertThat(History.types(history)).filteredOn("ConcernLowered"::equals).hasSize(1);
        List<Map<String, Object>> heldEntries = History.ofType(history, "ConversationHeld");
        assertThat(heldEntries).hasSize(2).allSatisfy(e -> assertThat(e).containsEntry("refused", null));
        assertThat(History.data(History.last(history, "ConcernLowered"))).containsEntry("to", "MODERATE");
        assertThat(republished).isNotEqualTo(ceId);
    }

    /** The outcomes a concern has applied are part of its snapshot: one redelivered after it is still ignored. */
    @Test
    void anOutcomeDeliveredAgainAfterASnapshotChangesTheConcernOnce() throws Exception {
        String id = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        String conversation = UUID.randomUUID().toString();
        Map<String, Object> held = held(conversation, id, "LOWERED", "MODERATE");
        publish("ConversationHeld", id, held);
        History.awaitUntil(id, h -> History.types(h).contains("ConcernLowered"));
        for (String level : List.of("HIGH", "LOW", "HIGH", "LOW", "HIGH")) {
            String change = level.equals("HIGH") ? "raise" : "lower";
            caseWorker().body(Map.of("level", level, "reason", "new information"))
                    .post("/concerns/{id}/" + change, id).then().statusCode(200);
        }
        assertThat(CASES.awaitSettledSnapshot(id)).as("a snapshot after the outcome (sequence 3)").isGreaterThan(3);

        publish("ConversationHeld", id, held); // the same outcome under another ce_id: only the concern can tell
        publish("ConversationCancelled", id, cancelled(UUID.randomUUID().toString(), id));

        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> History.types(h).contains("ConversationCancelled"));
        assertThat(History.ofType(history, "ConcernLowered"))
                .filteredOn(e -> conversation.equals(History.data(e).get("causeConversationId"))).hasSize(1);
        caseWorker().get("/concerns/{id}", id).then().statusCode(200).body("level", equalTo("HIGH"));
    }

    @Test
    void aRefusedOutcomeIsShownWithItsRuleAndTheConsumerMovesOn() {
        String notAssigned = adopted(with(concern(), "level", "HIGH"));
        String closed = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        caseWorker().body(Map.of("reason", "Moved abroad")).post("/concerns/{id}/close", closed).then().statusCode(200);
        String alreadyLow = adoptedAndAssigned(with(concern(), "level", "LOW"));
        String another = adoptedAndAssigned(with(concern(), "level", "HIGH"));

        publish("ConversationHeld", notAssigned, held(UUID.randomUUID().toString(), notAssigned, "LOWERED", "LOW"));
        publish("ConversationHeld", closed, held(UUID.randomUUID().toString(), closed, "LOWERED", "LOW"));
        publish("ConversationHeld", alreadyLow, held(UUID.randomUUID().toString(), alreadyLow, "LOWERED", "LOW"));
        publish("ConversationHeld", another, held(UUID.randomUUID().toString(), another, "LOWERED", "LOW"));

        // a later event on the refused concern's own partition is handled: the refusal held nothing up
        publish("ConversationPlanned", notAssigned, planned(UUID.randomUUID().toString(), notAssigned));

        History.awaitUntil(another, h -> History.types(h).contains("ConcernLowered"));
        History.awaitUntil(notAssigned, h -> History.types(h).contains("ConversationPlanned"));
        assertRefused(notAssigned, "only-assigned-concern-changes-level");
        assertRefused(closed, "closed-can-only-be-reopened");
        assertRefused(alreadyLow, "lower-must-go-lower");
    }

    @Test
    void anOutcomeWithoutAReadableLevelIsRefusedAsUnreadable() {
        String unknownLevel = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        String noLevel = adoptedAndAssigned(with(concern(), "level", "HIGH"));

        publish("ConversationHeld", unknownLevel,
                held(UUID.randomUUID().toString(), unknownLevel, "LOWERED", "SOMEWHAT_LOW"));
        publish("ConversationHeld", noLevel, held(UUID.randomUUID().toString(), noLevel, "RAISED", null));

        assertThat(assertRefused(unknownLevel, "conversation-outcome-unreadable")).contains("SOMEWHAT_LOW");
        assertThat(assertRefused(noLevel, "conversation-outcome-unreadable")).contains("none");
    }

    @Test
    void aFailureThatPassesIsRetriedAndTheEventIsNotSkipped() throws Exception {
        String id = adoptedAndAssigned(with(concern(), "level", "HIGH"));
        String conversation = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();

        // the claim of this ce_id fails for a while: every attempt is rolled back, and counted by a sequence (which a
        // rollback does not undo), so the test knows the consumer has seen the event and tried again (the function
        // runs as the owner that made the sequence, not as the service's runtime role)
        CASES.execute("CREATE SEQUENCE failed_claims");
        CASES.execute("""
                CREATE FUNCTION fail_claim() RETURNS trigger SECURITY DEFINER AS $$
                BEGIN
                    IF NEW.ce_id = '%s' THEN
                        PERFORM nextval('failed_claims');
                        RAISE EXCEPTION 'the database is away for this event';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(ceId));
        CASES.execute("CREATE TRIGGER fail_claim BEFORE INSERT ON processed_event FOR EACH ROW "
                + "EXECUTE FUNCTION fail_claim()");
        try {
            publish(ceId, "ConversationHeld", id, held(conversation, id, "LOWERED", "LOW"));
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    CASES.count("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM failed_claims") >= 2);
            assertThat(History.types(History.of(id))).doesNotContain("ConversationHeld", "ConcernLowered");
        } finally {
            CASES.execute("DROP TRIGGER fail_claim ON processed_event");
            CASES.execute("DROP FUNCTION fail_claim()");
        }

        List<Map<String, Object>> history = History.awaitUntil(id, h -> History.types(h).contains("ConcernLowered"));
        assertThat(History.types(history)).containsSubsequence("ConversationHeld", "ConcernLowered")
                .filteredOn("ConversationHeld"::equals).hasSize(1);
        CASES.execute("DROP SEQUENCE failed_claims");
    }

    /** Waits for the concern's held conversation to show as refused by {@code rule}; the level did not change. */
    private static String assertRefused(String id, String rule) {
        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> !History.ofType(h, "ConversationHeld").isEmpty());
        assertThat(History.types(history)).doesNotContain("ConcernLowered", "ConcernRaised");
        @SuppressWarnings("unchecked")
        Map<String, Object> refused = (Map<String, Object>) History.last(history, "ConversationHeld").get("refused");
        assertThat(refused).as("refusal of %s", id).isNotNull().containsEntry("rule", rule);
        assertThat((String) refused.get("detail")).isNotBlank();
        return (String) refused.get("detail");
    }
}
