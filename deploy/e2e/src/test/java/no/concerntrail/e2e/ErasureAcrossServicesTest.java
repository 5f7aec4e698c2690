package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.KafkaTopology;
import no.concerntrail.testing.Planted;
import no.concerntrail.testing.ServiceDatabase;
import no.concerntrail.testing.TestNationalIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Erasing a person across the three services as shipped: a team lead erases them in case-service by their national
 * identity number; conversation-service and referral-service read the erasure off the case topic and erase what they
 * hold; the partner the person was referred to gets an erasure notice on its topic. Then every row of every table of
 * every service is scanned for the values planted in the person's personal fields: none is left, while another
 * person's, held the same way, are all still there.
 */
class ErasureAcrossServicesTest {

    private static final String CHILD_WELFARE = "child-welfare";

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** One person's concern, with a conversation held and a referral made, and what was planted in them. */
    private record Person(String nationalId, String concernId, String conversationId, String referralId,
                          List<String> planted) {
    }

    @Test
    void anErasedPersonIsInNoRowOfAnyServiceAndThePartnerIsTold() throws Exception {
        Person erased = person(LocalDate.now().minusYears(16).minusDays(111));
        Person kept = person(LocalDate.now().minusYears(16).minusDays(222));

        Journeys.cases(SERVICES, "lead-ola", "team-lead").body(Map.of("nationalIdentityNumber", erased.nationalId(),
                        "ground", "SUBJECT_REQUEST", "reference", "2026/4711"))
                .post("/erasures").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                Journeys.conversations(SERVICES).get("/conversations/{id}", erased.conversationId()).then()
                        .extract().jsonPath().getBoolean("erased")
                && Journeys.referrals(SERVICES).get("/referrals/{id}", erased.referralId()).then().extract()
                        .jsonPath().getBoolean("erased"));
        String topic = KafkaTopology.partnerReferralsTopic(CHILD_WELFARE);
        try (TopicWatcher partnerTopic = TopicWatcher.watch(
                SERVICES.kafkaClient(KafkaTopology.partnerPrincipal(CHILD_WELFARE)), topic)) {
            assertThat(partnerTopic.awaitSeen(seen -> seen.stream().anyMatch(record -> record.key()
                    .equals(erased.referralId()) && record.type().equals("ReferralErased")), Duration.ofSeconds(30)))
                    .as("the erasure notice on " + topic).isTrue();
        }

        for (ConcernTrailServices.Service service : List.of(ConcernTrailServices.CASE,
                ConcernTrailServices.CONVERSATION, ConcernTrailServices.REFERRAL)) {
            String everything = ServiceDatabase.at(SERVICES.database(service)).everyRow();
            assertThat(Planted.foundIn(everything, erased.planted())).as("the erased person in " + service.name())
                    .isEmpty();
            assertThat(Planted.foundIn(everything, kept.planted())).as("the other person in " + service.name())
                    .isNotEmpty();
        }
        Journeys.conversations(SERVICES).header("If-Match", "*").body(Map.of("reason", "no longer"))
                .post("/conversations/{id}/cancelled", erased.conversationId()).then().statusCode(409)
                .body("rule", org.hamcrest.Matchers.equalTo("erased-concern-is-final"));
    }

    /**
     * A 16-year-old's concern in case-service, a conversation planned and held about it in conversation-service and a
     * referral to child welfare in referral-service, with a unique value in every personal field each service holds.
     */
    private static Person person(LocalDate birthDate) {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String nationalId = TestNationalIds.forBirthDate(birthDate, 600 + (int) (Math.random() * 350));
        List<String> planted = new ArrayList<>(List.of(nationalId, "Subjectname" + unique, "Summarytext" + unique,
                "Triagereason" + unique, "Placename" + unique, "Guardianname" + unique, "Heldnote" + unique,
                "Messagetext" + unique, "Declinereason" + unique, birthDate.toString()));
        String concernId = Journeys.cases(SERVICES, "lead-ola", "team-lead").body(Map.of("source", "SCHOOL",
                        "subject", Map.of("name", planted.get(1), "birthDate", birthDate.toString(),
                                "nationalIdentityNumber", nationalId, "municipality", "Drammen"),
                        "category", "VIOLENT_EXTREMISM", "summary", planted.get(2), "level", "HIGH"))
                .post("/concerns").then().statusCode(201).extract().path("concernId");
        Journeys.cases(SERVICES, "lead-ola", "team-lead").header("If-Match", "\"0\"")
                .body(Map.of("outcome", "ADOPTED", "reason", planted.get(3))).post("/concerns/{id}/triage", concernId)
                .then().statusCode(200);
        Journeys.cases(SERVICES, "lead-ola", "team-lead").header("If-Match", "\"1\"")
                .body(Map.of("assignee", Journeys.OFFICER)).post("/concerns/{id}/assign", concernId).then()
                .statusCode(200);

        Map<String, Object> plan = Map.of("concernId", concernId, "kind", "concern",
                "plannedStart", Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "place", planted.get(4), "guardians", List.of(Map.of("name", planted.get(5))), "mandatory", false);
        String conversationId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> Journeys.conversations(SERVICES).body(plan).post("/conversations").then().extract().jsonPath(),
                answer -> answer.getString("conversationId") != null).getString("conversationId");
        Map<String, Object> held = new HashMap<>(Journeys.heldLowering("CREDIBLE", planted.get(6)));
        held.put("outcome", "UNCHANGED");
        held.remove("newLevel");
        held.put("guardiansPresent", List.of(planted.get(5)));
        Journeys.conversations(SERVICES).header("If-Match", "\"0\"").body(held)
                .post("/conversations/{id}/held", conversationId).then().statusCode(200);

        Map<String, Object> referral = Map.of("concernId", concernId, "agency", CHILD_WELFARE,
                "basis", Map.of("kind", "DUTY_TO_NOTIFY", "provision", "child-welfare-act-13-2"),
                "helpNeeds", List.of("EDUCATION"), "message", planted.get(7),
                "subject", Map.of("name", planted.get(1), "birthDate", birthDate.toString(),
                        "guardians", List.of(Map.of("name", planted.get(5), "relation", "mother",
                                "contact", Map.of("phone", "+47 912 34 567")))),
                "policeContact", Map.of("name", "Kari Radkontakt", "phone", "+47 32 00 00 00"));
        // referral-service refuses it until it has read the concern's adoption off the case topic
        Response made = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> Journeys.referrals(SERVICES).body(referral).post("/referrals"),
                response -> response.statusCode() == 201 || !Set.of("concern-must-be-known",
                        "referral-needs-adopted-concern").contains(response.path("rule")));
        String referralId = made.then().statusCode(201).extract().path("referralId");
        Journeys.partner(SERVICES, CHILD_WELFARE).header("If-Match", "\"0\"").body(Map.of("reason", planted.get(8)))
                .post("/partner/referrals/{id}/decline", referralId).then().statusCode(200);
        return new Person(nationalId, concernId, conversationId, referralId, planted);
    }
}
