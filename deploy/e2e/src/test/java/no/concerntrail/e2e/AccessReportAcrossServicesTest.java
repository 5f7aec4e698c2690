package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.testing.TestNationalIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person's access report across the three services as shipped: case-service asks conversation-service and
 * referral-service, with the team lead's own token, for what they hold about the person's concern, and the report
 * shows the concern, its conversation, its referral and what went to the partner, and who read them, while a
 * referral whose telling the police put off is left out, and the reporter too.
 */
class AccessReportAcrossServicesTest {

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theReportGathersWhatEachServiceHoldsAboutThePerson() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // the birth date Journeys refers the person with, as the concern must know it
        LocalDate born = LocalDate.now().minusYears(16);
        String nationalId = TestNationalIds.forBirthDate(born, 700);
        String concernId = Journeys.cases(SERVICES, "lead-ola", "team-lead").body(Map.of("source", "SCHOOL",
                        "reporter", Map.of("name", "Reporter " + unique, "contact", "+47 40 00 00 00",
                                "relation", "teacher"),
                        "subject", Map.of("name", "Person " + unique, "birthDate", born.toString(),
                                "nationalIdentityNumber", nationalId, "municipality", "Drammen"),
                        "category", "VIOLENT_EXTREMISM", "summary", "Summary " + unique, "level", "HIGH"))
                .post("/concerns").then().statusCode(201).extract().path("concernId");
        Journeys.cases(SERVICES, "lead-ola", "team-lead").header("If-Match", "\"0\"")
                .body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", concernId).then().statusCode(200);
        Journeys.cases(SERVICES, "lead-ola", "team-lead").header("If-Match", "\"1\"")
                .body(Map.of("assignee", Journeys.OFFICER)).post("/concerns/{id}/assign", concernId).then()
                .statusCode(200);
        String conversationId = Journeys.plannedConversation(SERVICES, concernId);
        String told = Journeys.referToChildWelfare(SERVICES, concernId);
        Journeys.referrals(SERVICES).header("If-Match", "*").body(Map.of("notifiedAt", Instant.now().toString(),
                "method", "LETTER")).post("/referrals/{id}/subject-notified", told).then().statusCode(200);
        String deferred = Journeys.referToChildWelfare(SERVICES, concernId);
        Journeys.referrals(SERVICES).header("If-Match", "*").body(Map.of("reason", "Deferral " + unique,
                        "until", LocalDate.now().plusMonths(1).toString()))
                .post("/referrals/{id}/notification-deferred", deferred).then().statusCode(200);

        // both referrals went to the partner: the share log has them
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(
                () -> Journeys.referrals(SERVICES).get("/concerns/{id}/shares", concernId).then().statusCode(200)
                        .extract().jsonPath().getList("referralId").size() >= 2);

        JsonPath report = Journeys.cases(SERVICES, "lead-ola", "team-lead")
                .body(Map.of("nationalIdentityNumber", nationalId)).post("/access-reports").then().statusCode(200)
                .extract().jsonPath();

        assertThat(report.getList("concerns.concernId", String.class)).containsExactly(concernId);
        assertThat(report.getList("concerns[0].conversations.conversationId", String.class))
                .containsExactly(conversationId);
        assertThat(report.getList("concerns[0].referrals.referralId", String.class)).containsExactly(told);
        assertThat(report.getList("concerns[0].shares.referralId", String.class)).containsOnly(told);
        // the others were asked as the team lead: their usage logs say so
        assertThat(report.getList("concerns[0].conversationsReadBy.actor", String.class)).contains("lead-ola");
        String json = report.prettify();
        assertThat(json).contains("Summary " + unique, "Person " + unique, "Drammen police station")
                .doesNotContain("Reporter " + unique, deferred, "Deferral " + unique);

        byte[] pdf = Journeys.cases(SERVICES, "lead-ola", "team-lead").accept("application/pdf")
                .body(Map.of("nationalIdentityNumber", nationalId)).post("/access-reports").then().statusCode(200)
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
