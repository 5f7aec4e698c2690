package no.concerntrail.cases.messaging;

import static io.restassured.RestAssured.given;
import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.messaging.ConversationTopic.cancelled;
import static no.concerntrail.cases.messaging.ConversationTopic.planned;
import static no.concerntrail.cases.messaging.ConversationTopic.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * An event that can never take effect as it is (here: an actor longer than any actor column) is parked, not retried
 * for ever: the events behind it on its partition keep flowing, and readiness says how many are parked.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ParkedEventsTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void anEventTheDatabaseRefusesIsParkedAndTheEventsBehindItFlow() throws Exception {
        String id = adoptedAndAssigned(concern());
        Map<String, Object> poison = planned(UUID.randomUUID().toString(), id);
        poison.put("actor", "x".repeat(300));
        String poisonId = publish("ConversationPlanned", id, poison);
        // same concern, same partition: it is handled only once the poison is out of the way
        publish("ConversationCancelled", id, cancelled(UUID.randomUUID().toString(), id));

        List<Map<String, Object>> history = History.awaitUntil(id,
                h -> History.types(h).contains("ConversationCancelled"));
        assertThat(History.types(history)).doesNotContain("ConversationPlanned");
        assertThat(CASES.column("SELECT reason FROM parked_event WHERE ce_id = ?", poisonId))
                .singleElement().satisfies(reason -> assertThat(reason).contains("SQLState 22001")
                        .doesNotContain("xxxxxxxx"));
        assertThat(CASES.count("SELECT count(*) FROM processed_event WHERE ce_id = ?", poisonId)).isZero();
        given().get(readiness).then().statusCode(200)
                .body("checks.name", hasItem("parked-events"))
                .body("checks.find { it.name == 'parked-events' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'parked-events' }.data.parked", greaterThan(0));
    }
}
