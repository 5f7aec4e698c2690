package no.concerntrail.referrals.messaging;

import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static no.concerntrail.referrals.api.Api.SLT;
import static no.concerntrail.referrals.api.Api.adultBirthDate;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.etag;
import static no.concerntrail.referrals.api.Api.exceptionToSlt;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static no.concerntrail.referrals.api.Api.partner;
import static no.concerntrail.referrals.messaging.PartnerTopic.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What a partner agency receives on its own topic, read with its own Kafka login: CloudEvents keyed by the referral,
 * each with what its policy allows for the referral's basis, its answers' statuses, and none of the police's own
 * records (telling the subject, deferring it).
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class PartnerTopicsPublicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPartnerReadsItsReferralsEventsOnItsTopicKeyedByTheReferralWithoutTheConcern() throws Exception {
        UUID concernId = openConcern(minorBirthDate());
        String id = make(dutyToChildWelfare(concernId));
        partner(CHILD_WELFARE).header("If-Match", etag(CHILD_WELFARE, id))
                .post("/partner/referrals/{id}/acknowledge", id).then().statusCode(200);
        caseWorker().body(Map.of("notifiedAt", Instant.now().toString(), "method", "LETTER"))
                .post("/referrals/{id}/subject-notified", id).then().statusCode(200);
        partner(CHILD_WELFARE).header("If-Match", etag(CHILD_WELFARE, id))
                .post("/partner/referrals/{id}/accept", id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = PartnerTopic.recordsFor(CHILD_WELFARE, id, 3);
        assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly(
                "no.concerntrail.partner.ReferralMade.v1", "no.concerntrail.partner.ReferralAcknowledged.v1",
                "no.concerntrail.partner.ReferralAccepted.v1");
        assertThat(records).extracting(record -> header(record, "ce_subject")).containsOnly(id);
        assertThat(records).extracting(record -> header(record, "ce_source"))
                .containsOnly("/concerntrail/referral-service");
        JsonNode made = json.readTree(records.get(0).value());
        assertThat(made.path("referralId").asText()).isEqualTo(id);
        assertThat(made.path("subject").path("name").asText()).isEqualTo("Ola Nordmann");
        assertThat(made.path("subject").path("guardians").get(0).path("contact").path("phone").asText())
                .isEqualTo("+47 912 34 567");
        assertThat(made.path("helpNeeds")).extracting(JsonNode::asText).containsExactly("EDUCATION", "FAMILY");
        assertThat(made.path("legalBasis").path("citation").asText()).isEqualTo("barnevernsloven § 13-2");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(concernId.toString())
                    .doesNotContain("LETTER");
        }
    }

    /** Under the crime-prevention exception the coordinator learns who the person is, never what they need or said. */
    @Test
    void underAnExceptionOnlyWhoThePersonIsLeaves() throws Exception {
        UUID concernId = openConcern(adultBirthDate());
        Map<String, Object> request = exceptionToSlt(concernId);
        String id = make(request);

        JsonNode made = json.readTree(PartnerTopic.recordsFor(SLT, id, 1).get(0).value());
        assertThat(made.path("subject").path("name").asText()).isEqualTo("Per Hansen");
        assertThat(made.path("subject").has("contact")).isFalse();
        assertThat(made.has("helpNeeds")).isFalse();
        assertThat(made.has("message")).isFalse();
        assertThat(made.path("legalBasis").path("kind").asText()).isEqualTo("CONFIDENTIALITY_EXCEPTION");
    }
}
