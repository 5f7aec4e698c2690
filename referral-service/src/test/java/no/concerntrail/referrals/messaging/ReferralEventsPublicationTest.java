package no.concerntrail.referrals.messaging;

import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static no.concerntrail.referrals.api.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.concerntrail.referrals.ReferralServiceInfra;
import no.concerntrail.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What the police's other services read on concerntrail.referral.events, published by referral-service's own
 * principal: CloudEvents keyed by the concern, in order, and never the person's identity or the message.
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class ReferralEventsPublicationTest {

    private static final String TOPIC = "concerntrail.referral.events";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReferralsEventsArePublishedByConcernWithoutTheIdentity() throws Exception {
        UUID concernId = openConcern(minorBirthDate());
        String id = make(dutyToChildWelfare(concernId));
        partner(CHILD_WELFARE).header("If-Match", "\"0\"").post("/partner/referrals/{id}/acknowledge", id).then()
                .statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = recordsFor(concernId.toString(), 2);
        assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly(
                "no.concerntrail.referral.ReferralMade.v1", "no.concerntrail.referral.ReferralAcknowledged.v1");
        assertThat(records).extracting(record -> header(record, "ce_source"))
                .containsOnly("/concerntrail/referral-service");
        JsonNode made = json.readTree(records.get(0).value());
        assertThat(made.path("referralId").asText()).isEqualTo(id);
        assertThat(made.path("agency").asText()).isEqualTo(CHILD_WELFARE);
        assertThat(made.path("citation").asText()).isEqualTo("barnevernsloven § 13-2");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Ola Nordmann",
                    "Kari Nordmann", "+47 912 34 567", "stopped going to school", "Kari Radkontakt");
        }
    }

    /** Reads the topic from the beginning, as a police consumer would, until the key has {@code count} records. */
    private static List<ConsumerRecord<String, byte[]>> recordsFor(String key, int count) {
        return TopicRecords.of(TOPIC, key, found -> found.size() >= count, Duration.ofSeconds(30));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return TopicRecords.header(record, name);
    }
}
