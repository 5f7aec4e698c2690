package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import no.concerntrail.local.KafkaTopology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A referral from end to end, between the three services as shipped: a concern received in case-service becomes
 * known to referral-service; the case worker refers the young person to child welfare under the duty to notify; the
 * agency reads it on its own topic with its own Kafka login, then answers over REST with its own token; the concern's
 * history in case-service shows the referral and every answer, and the share log shows what went to the agency.
 */
class ReferralAcrossServicesTest {

    private static final String CHILD_WELFARE = "child-welfare";

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aReferralReachesThePartnersTopicItsAnswersReachTheConcernsHistory() throws Exception {
        String concernId = Journeys.assignedConcern(SERVICES);
        String referralId = Journeys.referToChildWelfare(SERVICES, concernId);

        String topic = KafkaTopology.partnerReferralsTopic(CHILD_WELFARE);
        try (TopicWatcher partnerTopic = TopicWatcher.watch(
                SERVICES.kafkaClient(KafkaTopology.partnerPrincipal(CHILD_WELFARE)), topic)) {
            assertThat(partnerTopic.awaitSeen(seen -> seen.stream().anyMatch(
                    record -> record.key().equals(referralId) && record.type().equals("ReferralMade")),
                    Duration.ofSeconds(30))).as("ReferralMade on " + topic).isTrue();

            String etag = Journeys.partner(SERVICES, CHILD_WELFARE).get("/partner/referrals/{id}", referralId).then()
                    .statusCode(200).extract().header("ETag");
            etag = Journeys.partner(SERVICES, CHILD_WELFARE).header("If-Match", etag)
                    .post("/partner/referrals/{id}/acknowledge", referralId).then().statusCode(200).extract()
                    .header("ETag");
            Journeys.partner(SERVICES, CHILD_WELFARE).header("If-Match", etag)
                    .post("/partner/referrals/{id}/accept", referralId).then().statusCode(200);

            assertThat(partnerTopic.awaitSeen(seen -> seen.stream().filter(record -> record.key().equals(referralId))
                    .map(TopicWatcher.Seen::type).toList()
                    .equals(List.of("ReferralMade", "ReferralAcknowledged", "ReferralAccepted")),
                    Duration.ofSeconds(30))).as("the referral's three partner events, in order, on " + topic).isTrue();
        }

        JsonPath history = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> Journeys.cases(SERVICES, Journeys.OFFICER, "case-worker").get("/concerns/{id}/history", concernId)
                        .then().statusCode(200).extract().jsonPath(),
                entries -> entries.getList("type").contains("ReferralAccepted"));
        assertThat(history.getList("findAll { it.source == 'referral-service' }.type", String.class))
                .containsExactly("ReferralMade", "ReferralAcknowledged", "ReferralAccepted");
        assertThat(history.getString("find { it.type == 'ReferralMade' }.data.agency")).isEqualTo(CHILD_WELFARE);
        // the police's timeline names the referral, not the message or the person's details that went with it
        assertThat(history.prettify()).doesNotContain("stopped going to school", "Kari Nordmann");

        JsonPath shares = Journeys.referrals(SERVICES).get("/concerns/{id}/shares", concernId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(shares.getList("event", String.class))
                .containsExactly("ReferralMade", "ReferralAcknowledged", "ReferralAccepted");
        assertThat(shares.getList("agency", String.class)).containsOnly(CHILD_WELFARE);
        assertThat(shares.getList("fields[0]", String.class)).contains("subject-name", "help-needs", "message");
        assertThat(shares.getString("[0].citation")).isEqualTo("barnevernsloven § 13-2");
    }

    /** The README's Node.js consumer, as a partner runs it, gets its agency's events, and never another's. */
    @Test
    void theReadmesNodeConsumerReadsItsAgencysFeedAndIsRefusedAnothers() throws Exception {
        String referralId = Journeys.referToChildWelfare(SERVICES, Journeys.assignedConcern(SERVICES));
        try (NodePartnerConsumer consumer = NodePartnerConsumer.start(SERVICES, CHILD_WELFARE,
                KafkaTopology.partnerPrincipal(CHILD_WELFARE))) {
            JsonPath made = consumer.awaitEvent(event -> referralId.equals(event.getString("referral")),
                    Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError(
                    "the consumer printed no event of " + referralId + "; it said: " + consumer.errors()));
            assertThat(made.getString("type")).isEqualTo("no.concerntrail.partner.ReferralMade.v1");
            assertThat(made.getString("data.subject.name")).isEqualTo("Ola Nordmann");
            assertThat(made.getList("data.helpNeeds", String.class)).containsExactly("EDUCATION", "FAMILY");
            assertThat(made.getString("data.legalBasis.citation")).isEqualTo("barnevernsloven § 13-2");
        }
        // Nav's own login, told to read child welfare's topic
        try (NodePartnerConsumer nav = NodePartnerConsumer.start(SERVICES, CHILD_WELFARE,
                KafkaTopology.partnerPrincipal("nav"))) {
            assertThat(nav.awaitExit(Duration.ofSeconds(60))).contains(1);
            assertThat(nav.errors()).contains("TOPIC_AUTHORIZATION_FAILED");
        }
    }
}
