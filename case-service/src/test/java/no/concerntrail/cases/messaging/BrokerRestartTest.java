package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.KafkaTestResource;
import no.concerntrail.testing.ServiceDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event store is the outbox: what is appended while Kafka is down is published, in order, once it is back. */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class BrokerRestartTest {

    @AfterEach
    void brokerIsBack() {
        KafkaTestResource.broker().ensureRunning();
    }

    @Test
    void eventsAppendedWhileTheBrokerIsDownArePublishedInOrderWhenItIsBack() throws Exception {
        String id = adoptedAndAssigned();
        CaseTopic.recordsFor(id, r -> r.size() >= 3, Duration.ofSeconds(30));

        KafkaTestResource.broker().stop();
        // the service keeps taking work: the events wait in the event store
        caseWorker().body(Map.of("level", "HIGH", "reason", "r1")).post("/concerns/{id}/raise", id).then().statusCode(200);
        caseWorker().body(Map.of("level", "LOW", "reason", "r2")).post("/concerns/{id}/lower", id).then().statusCode(200);
        caseWorker().body(Map.of("reason", "r3")).post("/concerns/{id}/close", id).then().statusCode(200);
        caseWorker().body(Map.of("reason", "r4")).post("/concerns/{id}/reopen", id).then().statusCode(200);
        KafkaTestResource.broker().start();

        // seven events, each at least once: a retry may have published one twice already
        List<ConsumerRecord<String, byte[]>> records = CaseTopic.recordsFor(id, r -> r.stream()
                .map(record -> CaseTopic.header(record, "ce_id")).distinct().count() >= 7, Duration.ofSeconds(90));

        List<String> types = records.stream().map(r -> CaseTopic.header(r, "ce_type")).distinct().toList();
        assertThat(types).containsExactly(
                "no.concerntrail.case.ConcernReceived.v1", "no.concerntrail.case.ConcernTriaged.v1",
                "no.concerntrail.case.ConcernAssigned.v1", "no.concerntrail.case.ConcernRaised.v1",
                "no.concerntrail.case.ConcernLowered.v1", "no.concerntrail.case.ConcernClosed.v1",
                "no.concerntrail.case.ConcernReopened.v1");
        // at-least-once: a retry may publish an event twice, with the same ce_id; but each event's first publication
        // comes in the order the events were stored, and after the one before it
        List<String> firstPublished = new ArrayList<>(new LinkedHashSet<>(
                records.stream().map(r -> CaseTopic.header(r, "ce_id")).toList()));
        assertThat(firstPublished).containsExactlyElementsOf(ServiceDatabase.of("case-service").column(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                id));
    }
}
