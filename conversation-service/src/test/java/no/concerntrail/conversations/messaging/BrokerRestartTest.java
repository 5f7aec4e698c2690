package no.concerntrail.conversations.messaging;

import static no.concerntrail.conversations.api.Api.adultBirthDate;
import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.testing.KafkaTestResource;
import no.concerntrail.testing.ServiceDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event store is the outbox: what is appended while Kafka is down is published once it is back, in the order it
 * was stored per concern, across the concern's conversations.
 */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class BrokerRestartTest {

    @AfterEach
    void brokerIsBack() {
        KafkaTestResource.broker().ensureRunning();
    }

    @Test
    void eventsAppendedWhileTheBrokerIsDownArePublishedInOrderWhenItIsBack() throws Exception {
        UUID concernId = openConcern(adultBirthDate());
        String first = plan(invitation(concernId, "clarification"));
        ConversationTopic.recordsFor(concernId.toString(), r -> r.size() >= 1);

        KafkaTestResource.broker().stop();
        // the service keeps taking work: the events wait in the event store
        caseWorker().header("If-Match", "\"0\"").body(Map.of("plannedStart", inDays(40), "place", "Youth club"))
                .post("/conversations/{id}/rescheduled", first).then().statusCode(200);
        String second = plan(invitation(concernId, "clarification"));
        caseWorker().header("If-Match", "\"0\"").body(Map.of("reason", "Moved to another district"))
                .post("/conversations/{id}/cancelled", second).then().statusCode(200);
        caseWorker().header("If-Match", "\"1\"").body(Map.of("reason", "Did not want to"))
                .post("/conversations/{id}/declined", first).then().statusCode(200);
        KafkaTestResource.broker().start();

        List<ConsumerRecord<String, byte[]>> records =
                ConversationTopic.recordsFor(concernId.toString(), r -> r.size() >= 5, Duration.ofSeconds(90));

        // at-least-once: a retry may publish an event twice, with the same ce_id; but each event's first publication
        // comes in the order the concern's events were stored, whichever conversation they belong to
        List<String> firstPublished = new ArrayList<>(new LinkedHashSet<>(
                records.stream().map(r -> ConversationTopic.header(r, "ce_id")).toList()));
        assertThat(firstPublished).containsExactlyElementsOf(ServiceDatabase.of("conversation-service").column(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier IN (?, ?) "
                        + "ORDER BY global_index", first, second));
        assertThat(records.stream().map(r -> ConversationTopic.header(r, "ce_type")).distinct().toList())
                .containsExactly("no.concerntrail.conversation.ConversationPlanned.v1",
                        "no.concerntrail.conversation.ConversationRescheduled.v1",
                        "no.concerntrail.conversation.ConversationCancelled.v1",
                        "no.concerntrail.conversation.ConversationDeclined.v1");
    }

    private static String inDays(int days) {
        return LocalDate.now().plusDays(days).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
    }
}
