package no.concerntrail.cases.access;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.api.Api;
import no.concerntrail.testing.HostileBarrage;
import no.concerntrail.testing.HostileRequests;
import no.concerntrail.testing.JwtTestResource;
import no.concerntrail.testing.ServiceDatabase;
import no.concerntrail.testing.TestNationalIds;
import org.junit.jupiter.api.Test;

/**
 * A person's access report from case-service, with the other services' parts as {@link OtherServicesStub} answers
 * (deploy/e2e's test asks the real ones): everything held about the person's concerns and nothing of another person's,
 * the reporter and a disclosure whose telling is put off left out and said so, as JSON and as a PDF; for team leads.
 */
@QuarkusTest
@TestProfile(AccessReportInfra.class)
class AccessReportTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @TestHTTPResource("/")
    URL base;

    @Test
    void theReportHoldsThePersonsConcernsAndWithholdsWhatTheLawLetsThePoliceKeep() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDate born = LocalDate.of(2009, 9, 9);
        String nationalId = TestNationalIds.forBirthDate(born, 600 + unique.charAt(0) % 300);
        String first = concernAbout(nationalId, born, "Firstsummary " + unique, "Reportername " + unique);
        String second = concernAbout(nationalId, born, "Secondsummary " + unique, "Reportername " + unique);
        String other = Api.receive(concern());
        teamLead().get("/concerns/{id}", first).then().statusCode(200);

        JsonPath report = teamLead().body(Map.of("nationalIdentityNumber", nationalId)).post("/access-reports")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getString("nationalIdentityNumber")).isEqualTo(nationalId);
        assertThat(report.getString("producedBy")).isEqualTo("lead-ola");
        assertThat(report.getList("concerns.concernId", String.class)).containsExactlyInAnyOrder(first, second)
                .doesNotContain(other);
        assertThat(report.getList("withheld", String.class)).hasSize(2);
        String json = report.prettify();
        assertThat(json).contains("Firstsummary " + unique, "Secondsummary " + unique, "Conversationplace " + first,
                "told-" + first, "officer-conversations", "officer-referrals", "concern.read")
                .doesNotContain("Reportername " + unique, "deferred-" + first, "Deferralreason " + first, other);
        assertThat(report.getList("concerns.find { it.concernId == '" + first + "' }.history.type", String.class))
                .startsWith("ConcernReceived");

        byte[] pdf = teamLead().accept("application/pdf").body(Map.of("nationalIdentityNumber", nationalId))
                .post("/access-reports").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Firstsummary " + unique, "Secondsummary " + unique, "Conversationplace " + second,
                "What the law lets the police keep from you").doesNotContain("Reportername " + unique,
                "Deferralreason " + second);

        // the report is in the usage log of each concern it shows
        teamLead().get("/concerns/{id}/access-log", first).then().statusCode(200)
                .body("find { it.action == 'access-report' }.actor", equalTo("lead-ola"));
    }

    @Test
    void aPersonWithoutConcernsGetsAnEmptyReport() {
        String nobody = TestNationalIds.forBirthDate(LocalDate.of(2003, 3, 3), 777);
        teamLead().body(Map.of("nationalIdentityNumber", nobody)).post("/access-reports").then().statusCode(200)
                .body("concerns.size()", equalTo(0)).body("withheld.size()", equalTo(2));
    }

    @Test
    void onlyTeamLeadsAndOnlyWhatTheyNeedToKnow() {
        LocalDate born = LocalDate.of(2008, 8, 8);
        String nationalId = TestNationalIds.forBirthDate(born, 640);
        concernAbout(nationalId, born, "Summary", "Reporter");
        caseWorker().body(Map.of("nationalIdentityNumber", nationalId)).post("/access-reports").then()
                .statusCode(403);
        Api.as("analyst-anna", Api.ANALYST).body(Map.of("nationalIdentityNumber", nationalId)).post("/access-reports")
                .then().statusCode(403);
        Api.inDistrict("AGDER", "lead-agnes", Api.TEAM_LEAD).body(Map.of("nationalIdentityNumber", nationalId))
                .post("/access-reports").then().statusCode(403).body("rule", equalTo("need-to-know"));
        teamLead().body(Map.of("nationalIdentityNumber", "0101")).post("/access-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("nationalIdentityNumber"));
    }

    /** The platform's barrage of malformed, oversized and unauthorised requests: never a server error. */
    @Test
    void hostileRequestsGetNoServerError() throws Exception {
        LocalDate born = LocalDate.of(2007, 7, 7);
        String nationalId = TestNationalIds.forBirthDate(born, 650);
        concernAbout(nationalId, born, "Summary", "Reporter");
        HostileRequests hostile = new HostileRequests(HostileRequests.seed(), List.of(new HostileRequests.Endpoint(
                "POST", "/access-reports", Api.TEAM_LEAD, Map.of("nationalIdentityNumber", nationalId))),
                role -> JwtTestResource.tokenFor("lead-ola", role), JwtTestResource.tokens());

        HostileBarrage.Report report = HostileBarrage.fire(base.toURI(), hostile.generate(200), CASES);

        assertThat(report.failures()).isEmpty();
        assertThat(report.byStatus().keySet()).contains(200, 400, 401, 403);
    }

    private static String concernAbout(String nationalId, LocalDate born, String summary, String reporter) {
        Map<String, Object> body = new LinkedHashMap<>(concern());
        body.put("subject", Map.of("name", "Access Person", "birthDate", born.toString(),
                "nationalIdentityNumber", nationalId, "municipality", "Drammen"));
        body.put("summary", summary);
        body.put("reporter", Map.of("name", reporter, "contact", "+47 11 22 33 44", "relation", "teacher"));
        String id = Api.receive(body);
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        return id;
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
