package no.concerntrail.cases.erasure;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.teamLead;
import static no.concerntrail.cases.messaging.ReferralTopic.REFERRALS;
import static no.concerntrail.cases.messaging.ReferralTopic.withReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import jakarta.inject.Inject;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.cases.analytics.Pseudonyms;
import no.concerntrail.cases.api.Api;
import no.concerntrail.testing.TestNationalIds;
import no.concerntrail.testing.Planted;
import no.concerntrail.testing.ServiceDatabase;
import no.concerntrail.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Erasing a person on the real database: every value planted in their concerns' personal fields is gone from every
 * row of every table (event store, snapshots, read models, timeline, keys), while another person's concern stays
 * whole and readable; the erased concerns still load, say they are erased, and refuse every command by its rule.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ConcernErasureTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @Inject
    Pseudonyms pseudonyms;
    private static final Random RANDOM = new Random();

    /** One person's concern with a unique value in every personal field, and the values planted. */
    private record Person(String nationalId, List<String> planted, List<String> concerns) {
    }

    @Test
    void anErasedPersonsPlantedValuesAreInNoRowAndAnotherPersonsAreIntact() throws Exception {
        Person erased = plantedPerson(LocalDate.of(2009, 3, 14), 2);
        Person kept = plantedPerson(LocalDate.of(2008, 11, 2), 1);
        assertThat(Planted.foundIn(eventStore(), erased.planted())).as("stored events hold personal data sealed only")
                .isEmpty();

        JsonPath answer = teamLead().body(Map.of("nationalIdentityNumber", erased.nationalId(),
                        "ground", "SUBJECT_REQUEST", "reference", "2026/4711"))
                .post("/erasures").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("concerns", String.class)).containsExactlyInAnyOrderElementsOf(erased.concerns());
        // the salt of their pseudonym went with the last of their concerns: the analysts' records no longer lead to them
        assertThat(CASES.count("SELECT count(*) FROM person_salt WHERE lookup = ?", lookup(erased))).isZero();
        assertThat(CASES.count("SELECT concerns FROM person_salt WHERE lookup = ?", lookup(kept))).isOne();
        String everything = CASES.everyRow();
        assertThat(Planted.foundIn(everything, erased.planted())).as("the erased person's values in the database")
                .isEmpty();
        assertThat(Planted.foundIn(everything, kept.planted())).as("the other person's values, still there")
                .isNotEmpty();
        teamLead().get("/concerns/{id}/history", kept.concerns().get(0)).then().statusCode(200)
                .body("[0].data.subject.nationalIdentityNumber", equalTo(kept.nationalId()))
                .body("[0].data.summary", equalTo(kept.planted().get(3)));
    }

    @Test
    void anErasedConcernStillLoadsSaysSoAndRefusesEveryCommandByItsRule() {
        Person person = plantedPerson(LocalDate.of(2010, 6, 30), 1);
        String id = person.concerns().get(0);

        teamLead().body(Map.of("ground", "NO_LONGER_NEEDED", "reference", "J-2026-17"))
                .post("/concerns/{id}/erase", id).then().statusCode(200)
                .body("erased", equalTo(true)).body("subjectName", nullValue()).body("summary", nullValue())
                .body("status", equalTo("OPEN")).body("level", equalTo("HIGH"));

        teamLead().get("/concerns/{id}/history", id).then().statusCode(200)
                .body("[0].type", equalTo("ConcernReceived")).body("[0].data.subject", nullValue())
                .body("[0].data.reporter", nullValue()).body("[0].data.summary", nullValue())
                .body("[0].data.category", equalTo("VIOLENT_EXTREMISM"))
                .body("type", org.hamcrest.Matchers.hasItems("ConcernTriaged", "ConcernRaised", "ConcernErased"));
        caseWorker().body(Map.of("reason", "again")).post("/concerns/{id}/close", id).then().statusCode(409)
                .body("rule", equalTo("erased-concern-is-final"));
        teamLead().body(Map.of("ground", "NO_LONGER_NEEDED", "reference", "J-2026-17"))
                .post("/concerns/{id}/erase", id).then().statusCode(409)
                .body("rule", equalTo("erased-concern-is-final"));
    }

    @Test
    void theErasureIsPublishedForTheOtherServicesWithoutAnythingPersonal() {
        Person person = plantedPerson(LocalDate.of(2007, 1, 21), 1);
        String id = person.concerns().get(0);
        teamLead().body(Map.of("ground", "UNLAWFULLY_RECORDED", "reference", "2026/9")).post("/concerns/{id}/erase", id)
                .then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.of("concerntrail.case.events", id,
                found -> found.stream().anyMatch(r -> TopicRecords.header(r, "ce_type").endsWith("ConcernErased.v1")),
                Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> erasure = records.get(records.size() - 1);
        assertThat(TopicRecords.body(erasure)).contains("\"ground\":\"UNLAWFULLY_RECORDED\"")
                .doesNotContain("2026/9");
    }

    @Test
    void onlyATeamLeadErasesAndTheRequestIsChecked() {
        Person person = plantedPerson(LocalDate.of(2006, 8, 8), 1);
        String id = person.concerns().get(0);
        caseWorker().body(Map.of("ground", "SUBJECT_REQUEST", "reference", "2026/1")).post("/concerns/{id}/erase", id)
                .then().statusCode(403);
        caseWorker().body(Map.of("nationalIdentityNumber", person.nationalId(), "ground", "SUBJECT_REQUEST",
                "reference", "2026/1")).post("/erasures").then().statusCode(403);
        Api.as("analyst-anna", Api.ANALYST).body(Map.of("nationalIdentityNumber", person.nationalId(),
                "ground", "SUBJECT_REQUEST", "reference", "2026/1")).post("/erasures").then().statusCode(403);
        // another district's team lead erases only by breaking the glass, as for any other command
        Api.inDistrict("AGDER", "lead-agnes", Api.TEAM_LEAD).body(Map.of("nationalIdentityNumber", person.nationalId(),
                "ground", "SUBJECT_REQUEST", "reference", "2026/1")).post("/erasures").then().statusCode(403)
                .body("rule", equalTo("need-to-know"));
        teamLead().body(Map.of("ground", "SUBJECT_REQUEST", "reference", "Ola Nordmann asked"))
                .post("/concerns/{id}/erase", id).then().statusCode(400)
                .body("errors[0].field", equalTo("reference"));
        teamLead().body(Map.of("ground", "BECAUSE", "reference", "2026/1")).post("/concerns/{id}/erase", id)
                .then().statusCode(400);
        teamLead().body(Map.of("nationalIdentityNumber", "123", "ground", "SUBJECT_REQUEST", "reference", "2026/1"))
                .post("/erasures").then().statusCode(400).body("errors[0].field", equalTo("nationalIdentityNumber"));
        caseWorker().get("/concerns/{id}", id).then().statusCode(200).body("erased", equalTo(false))
                .body("subjectName", equalTo(person.planted().get(0)));
    }

    @Test
    void aPersonWithNothingLeftToEraseGetsAnEmptyAnswer() {
        String nobody = TestNationalIds.forBirthDate(LocalDate.of(2001, 2, 2), 600 + RANDOM.nextInt(350));
        teamLead().body(Map.of("nationalIdentityNumber", nobody, "ground", "SUBJECT_REQUEST", "reference", "2026/2"))
                .post("/erasures").then().statusCode(200).body("concerns.size()", equalTo(0));
    }

    /**
     * {@code concerns} concerns about one new person, each adopted, assigned, raised, transferred away and back, with a
     * partner's declined referral in its timeline: unique values in the subject's name, the reporter's name and contact, the
     * summary, the triage, level-change and transfer reasons, the partner's reason, and the national identity number
     * and birth date (no other test's person has the birth date).
     */
    private static Person plantedPerson(LocalDate birthDate, int concerns) {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String nationalId = TestNationalIds.forBirthDate(birthDate, 600 + RANDOM.nextInt(350));
        String name = "Subjectname" + unique;
        List<String> planted = new ArrayList<>(List.of(name, "Reportername" + unique, "reporter-" + unique
                + "@example.org", "Summarytext" + unique, "Triagereason" + unique, "Raisereason" + unique,
                "Transferreason" + unique, "Partnerreason" + unique, nationalId, birthDate.toString()));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < concerns; i++) {
            Map<String, Object> body = new LinkedHashMap<>(concern());
            body.put("subject", Map.of("name", name, "birthDate", birthDate.toString(),
                    "nationalIdentityNumber", nationalId, "municipality", "Drammen"));
            body.put("reporter", Map.of("name", planted.get(1), "contact", planted.get(2), "relation", "teacher"));
            body.put("summary", planted.get(3));
            String id = Api.receive(body);
            teamLead().body(Map.of("outcome", "ADOPTED", "reason", planted.get(4))).post("/concerns/{id}/triage", id)
                    .then().statusCode(200);
            teamLead().body(Map.of("assignee", "officer-kari")).post("/concerns/{id}/assign", id).then()
                    .statusCode(200);
            caseWorker().body(Map.of("level", "HIGH", "reason", planted.get(5))).post("/concerns/{id}/raise", id)
                    .then().statusCode(200);
            // there and back again: the reason stays in the transfer's event
            teamLead().body(Map.of("district", "AGDER", "reason", planted.get(6))).post("/concerns/{id}/transfer", id)
                    .then().statusCode(200);
            Api.inDistrict("AGDER", "lead-agnes", Api.TEAM_LEAD).body(Map.of("district", "OSLO", "reason",
                    planted.get(6))).post("/concerns/{id}/transfer", id).then().statusCode(200);
            String referral = UUID.randomUUID().toString();
            REFERRALS.publish("ReferralDeclined", id, withReason(referral, id, planted.get(7)));
            await().atMost(Duration.ofSeconds(20)).until(() -> teamLead().get("/concerns/{id}/history", id).then()
                    .extract().asString().contains(planted.get(7)));
            ids.add(id);
        }
        return new Person(nationalId, planted, ids);
    }

    private String lookup(Person person) {
        return pseudonyms.lookup(person.nationalId(), null, null);
    }

    private static String eventStore() throws Exception {
        StringBuilder rows = new StringBuilder();
        CASES.column("SELECT row_to_json(e)::text FROM domain_event_entry e").forEach(rows::append);
        CASES.column("SELECT row_to_json(s)::text FROM snapshot_event_entry s").forEach(rows::append);
        return rows.toString();
    }
}
