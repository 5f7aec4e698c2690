package no.concerntrail.cases.messaging;

import static io.restassured.RestAssured.given;
import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.messaging.ConversationTopic.cancelled;
import static no.concerntrail.cases.messaging.ConversationTopic.planned;
import static no.concerntrail.cases.messaging.ConversationTopic.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.cases.api.Api;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * Poison in both directions. A consumed event that can never take effect as it is (here: an actor longer than any
 * actor column), and a stored event the contract can never map (here: a ConcernReceived without its source), are
 * parked, not retried for ever: the events behind them keep flowing, readiness and a metric count them, and an
 * operator lists and retries them.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ParkedEventsTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private static RequestSpecification operator() {
        return Api.as("operator-ada", Roles.OPERATOR);
    }

    /** A planned conversation whose actor no column holds, then its cancelling; returns the poison's ce_id. */
    private static String poisonAndTheEventBehindIt(String id) {
        Map<String, Object> poison = planned(UUID.randomUUID().toString(), id);
        poison.put("actor", "x".repeat(300));
        String poisonId = publish("ConversationPlanned", id, poison);
        // same concern, same partition: it is handled only once the poison is out of the way
        publish("ConversationCancelled", id, cancelled(UUID.randomUUID().toString(), id));
        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> History.types(h).contains("ConversationCancelled"));
        assertThat(History.types(history)).doesNotContain("ConversationPlanned");
        return poisonId;
    }

    @Test
    void anEventTheDatabaseRefusesIsParkedAndTheEventsBehindItFlow() throws Exception {
        String poisonId = poisonAndTheEventBehindIt(adoptedAndAssigned(concern()));
        assertThat(CASES.column("SELECT reason FROM parked_event WHERE ce_id = ?", poisonId))
                .singleElement().satisfies(reason -> assertThat(reason).contains("SQLState 22001")
                        .doesNotContain("xxxxxxxx"));
        assertThat(CASES.count("SELECT count(*) FROM processed_event WHERE ce_id = ?", poisonId)).isZero();
        given().get(readiness).then().statusCode(200)
                .body("checks.name", hasItem("parked-events"))
                .body("checks.find { it.name == 'parked-events' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'parked-events' }.data.parked", greaterThan(0));
    }

    @Test
    void aParkedConsumedEventIsListedAndRetriedByAnOperator() throws Exception {
        String id = adoptedAndAssigned(concern());
        String poisonId = poisonAndTheEventBehindIt(id);
        long parkedId = Long.parseLong(CASES.column("SELECT id FROM parked_event WHERE ce_id = ?", poisonId).get(0));

        operator().get("/operations/parked-events").then().statusCode(200)
                .body("consumed.find { it.ceId == '" + poisonId + "' }.ceType",
                        equalTo("no.concerntrail.conversation.ConversationPlanned.v1"));
        Api.caseWorker().get("/operations/parked-events").then().statusCode(403);

        // before a fix it fails as before, and stays parked once
        operator().post("/operations/parked-events/consumed/{id}/retry", parkedId).then().statusCode(200)
                .body("parked", equalTo(true)).body("reason", containsString("SQLState 22001"));
        assertThat(CASES.count("SELECT count(*) FROM parked_event WHERE ce_id = ?", poisonId)).isEqualTo(1);

        // the record behind it (same key, the next offset) as if parked by an older version: a retry applies it
        // (it took effect once already: the claim of its ce_id makes the retry change nothing) and unparks it
        CASES.execute("INSERT INTO parked_event (ce_id, ce_type, topic, kafka_partition, kafka_offset, reason) "
                + "SELECT 'older-version', ce_type, topic, kafka_partition, kafka_offset + 1, 'an older version' "
                + "FROM parked_event WHERE id = ?", parkedId);
        long fixedId = Long.parseLong(CASES.column("SELECT id FROM parked_event WHERE ce_id = 'older-version'").get(0));
        operator().post("/operations/parked-events/consumed/{id}/retry", fixedId).then().statusCode(200)
                .body("parked", equalTo(false));
        assertThat(CASES.count("SELECT count(*) FROM parked_event WHERE id = ?", fixedId)).isZero();
        assertThat(History.types(History.awaitUntil(id, h -> true))).containsOnlyOnce("ConversationCancelled");
        operator().post("/operations/parked-events/consumed/{id}/retry", fixedId).then().statusCode(404);
    }

    @Test
    void aStoredEventTheContractCannotMapIsParkedAndTheEventsBehindItArePublished() throws Exception {
        String concernId = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        String closed = UUID.randomUUID().toString();
        String insert = "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                + "type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                + "VALUES (?, ?, ?, 'Concern', ?, ?, ?, convert_to(?, 'UTF8'), convert_to('{}', 'UTF8'))";
        String at = Instant.now().toString();
        CASES.execute(insert, broken, concernId, 0L, at, ConcernReceived.class.getName(), "2",
                "{\"concernId\":\"" + concernId + "\",\"district\":\"OSLO\"}");
        CASES.execute(insert, closed, concernId, 1L, at, ConcernClosed.class.getName(), null,
                "{\"concernId\":\"" + concernId + "\",\"reason\":\"Moved abroad\",\"actor\":\"officer-kari\","
                        + "\"at\":\"" + at + "\"}");

        // the same concern, so the same segment: its closing is published once the broken one is out of the way
        assertThat(CaseTopic.recordsFor(concernId, found -> !found.isEmpty(), Duration.ofSeconds(30)))
                .extracting(record -> CaseTopic.header(record, "ce_id")).containsExactly(closed);
        // each publication parks it for itself, in its own time: the case topic's and the analysts' feed; and so does
        // the analysts' statistics, which goes on with the events behind it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(CASES.column(
                "SELECT publication FROM unpublished_event WHERE event_identifier = ?", broken))
                .containsExactlyInAnyOrder("case-events-publication", "analytics-feed", "analytics-statistics"));
        assertThat(CASES.column("SELECT reason FROM unpublished_event WHERE event_identifier = ? "
                + "AND publication = 'case-events-publication'", broken))
                .singleElement().satisfies(reason -> assertThat(reason).contains("NullPointerException"));
        long parkedId = Long.parseLong(CASES.column("SELECT id FROM unpublished_event WHERE event_identifier = ? "
                + "AND publication = 'case-events-publication'", broken).get(0));

        operator().get("/operations/parked-events").then().statusCode(200)
                .body("unpublished.find { it.eventIdentifier == '" + broken + "' }.payloadType",
                        equalTo(ConcernReceived.class.getName()))
                .body("unpublished.find { it.eventIdentifier == '" + broken + "' }.aggregateIdentifier",
                        equalTo(concernId))
                .body("unpublished.findAll { it.eventIdentifier == '" + broken + "' }.publication",
                        containsInAnyOrder("case-events-publication", "analytics-feed", "analytics-statistics"));
        given().get(readiness).then().statusCode(200)
                .body("checks.find { it.name == 'parked-events' }.data.unpublished", greaterThan(0));
        given().get(metrics).then().statusCode(200)
                .body(containsString("concerntrail_events_parked{direction=\"unpublished\"}"));
        operator().post("/operations/parked-events/unpublished/{id}/retry", parkedId).then().statusCode(200)
                .body("parked", equalTo(true)).body("reason", containsString("NullPointerException"));
        assertThat(CASES.count("SELECT count(*) FROM unpublished_event WHERE event_identifier = ? "
                + "AND publication = 'case-events-publication'", broken)).isOne();
        // a projection's parked event is taken in again by rebuilding the projection, not by a retry
        long projectionsId = Long.parseLong(CASES.column("SELECT id FROM unpublished_event WHERE event_identifier = ? "
                + "AND publication = 'analytics-statistics'", broken).get(0));
        operator().post("/operations/parked-events/unpublished/{id}/retry", projectionsId).then().statusCode(200)
                .body("parked", equalTo(true));
    }

    /** After a fix, a parked stored event is published by a retry, with its own ce_id, and unparked. */
    @Test
    void aRetryPublishesAParkedStoredEventOnceItCanBeMapped() throws Exception {
        String id = Api.receive(concern());
        String received = CASES.column("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0", id).get(0);
        CaseTopic.recordsFor(id, found -> found.size() == 1, Duration.ofSeconds(30));
        // as if an older version had parked it
        CASES.execute("INSERT INTO unpublished_event (publication, global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, payload_type, reason) SELECT 'case-events-publication', global_index, "
                + "event_identifier, aggregate_identifier, sequence_number, payload_type, 'an older version' "
                + "FROM domain_event_entry WHERE event_identifier = ?",
                received);
        long parkedId = Long.parseLong(
                CASES.column("SELECT id FROM unpublished_event WHERE event_identifier = ?", received).get(0));

        operator().post("/operations/parked-events/unpublished/{id}/retry", parkedId).then().statusCode(200)
                .body("parked", equalTo(false));

        assertThat(CaseTopic.recordsFor(id, found -> found.size() == 2, Duration.ofSeconds(30)))
                .extracting(record -> CaseTopic.header(record, "ce_id")).containsOnly(received);
        assertThat(CASES.count("SELECT count(*) FROM unpublished_event WHERE id = ?", parkedId)).isZero();
    }
}
