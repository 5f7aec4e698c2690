package no.concerntrail.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.concerntrail.local.ConcernTrailServices;

/** The steps the cross-service tests take through the services' REST APIs, as a front end takes them. */
final class Journeys {

    /** The case worker every concern of these tests is assigned to, and who holds the conversations. */
    static final String OFFICER = "officer-kari";

    private Journeys() {
    }

    /** A 16-year-old's concern at level HIGH, adopted by a team lead and assigned to {@link #OFFICER}. */
    static String assignedConcern(AllServices services) {
        String concernId = cases(services, "lead-ola", "team-lead").body(Map.of(
                "source", "SCHOOL",
                "subject", Map.of("name", "Ola Nordmann", "birthDate", LocalDate.now().minusYears(16).toString(),
                        "municipality", "Drammen"),
                "category", "VIOLENT_EXTREMISM", "summary", "Threats in a school chat", "level", "HIGH"))
                .post("/concerns").then().statusCode(201).extract().path("concernId");
        cases(services, "lead-ola", "team-lead").header("If-Match", "\"0\"").body(Map.of("outcome", "ADOPTED"))
                .post("/concerns/{id}/triage", concernId).then().statusCode(200);
        cases(services, "lead-ola", "team-lead").header("If-Match", "\"1\"").body(Map.of("assignee", OFFICER))
                .post("/concerns/{id}/assign", concernId).then().statusCode(200);
        return concernId;
    }

    /** A voluntary concern conversation about the concern, planned once conversation-service has learnt of it. */
    static String plannedConversation(AllServices services, String concernId) {
        Map<String, Object> plan = Map.of("concernId", concernId, "kind", "concern",
                "plannedStart", Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "place", "Drammen police station", "guardians", List.of(Map.of("name", "Kari Nordmann")),
                "mandatory", false);
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> conversations(services).body(plan).post("/conversations").then().extract().jsonPath(),
                answer -> answer.getString("conversationId") != null).getString("conversationId");
    }

    /** The conversation held two hours ago with the guardian present, its outcome LOWERED to LOW. */
    static Map<String, Object> heldLowering(String credibility, String note) {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return Map.of(
                "startedAt", start.toString(), "endedAt", start.plus(90, ChronoUnit.MINUTES).toString(),
                "heldBy", Map.of("role", "POLICE_OFFICER", "name", "Officer Kari"),
                "guardiansPresent", List.of("Kari Nordmann"),
                "rightsNotice", Map.of("givenAt", start.toString(), "givenTo", List.of("SUBJECT", "GUARDIANS")),
                "purposes", List.of("CLARIFY", "DETER"), "outcome", "LOWERED", "newLevel", "LOW",
                "credibility", credibility, "note", note);
    }

    /**
     * The concern's 16-year-old referred to child welfare under the duty to notify, as soon as referral-service knows
     * the concern adopted: until then it refuses the referral by those rules. The referral's id.
     */
    static String referToChildWelfare(AllServices services, String concernId) {
        Map<String, Object> referral = Map.of("concernId", concernId, "agency", "child-welfare",
                "basis", Map.of("kind", "DUTY_TO_NOTIFY", "provision", "child-welfare-act-13-2"),
                "helpNeeds", List.of("EDUCATION", "FAMILY"),
                "message", "Has stopped going to school; the family needs support",
                "subject", Map.of("name", "Ola Nordmann", "birthDate", LocalDate.now().minusYears(16).toString(),
                        "guardians", List.of(Map.of("name", "Kari Nordmann", "relation", "mother",
                                "contact", Map.of("phone", "+47 912 34 567")))),
                "policeContact", Map.of("name", "Kari Radkontakt", "phone", "+47 32 00 00 00"));
        Set<String> notCrossedYet = Set.of("concern-must-be-known", "referral-needs-adopted-concern");
        Response answer = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> referrals(services).body(referral).post("/referrals"),
                response -> response.statusCode() == 201 || !notCrossedYet.contains(response.path("rule")));
        answer.then().statusCode(201);
        return answer.path("referralId");
    }

    static RequestSpecification cases(AllServices services, String subject, String role) {
        return given().baseUri(services.url(ConcernTrailServices.CASE)).auth().oauth2(services.token(subject, role))
                .contentType(ContentType.JSON);
    }

    static RequestSpecification conversations(AllServices services) {
        return given().baseUri(services.url(ConcernTrailServices.CONVERSATION)).auth()
                .oauth2(services.token(OFFICER, "case-worker")).contentType(ContentType.JSON);
    }

    static RequestSpecification referrals(AllServices services) {
        return given().baseUri(services.url(ConcernTrailServices.REFERRAL)).auth()
                .oauth2(services.token(OFFICER, "case-worker")).contentType(ContentType.JSON);
    }

    /** A case worker of partner agency {@code agency}, by its role {@code partner:<agency>}. */
    static RequestSpecification partner(AllServices services, String agency) {
        return given().baseUri(services.url(ConcernTrailServices.REFERRAL)).auth()
                .oauth2(services.token(agency + "-worker", "partner:" + agency)).contentType(ContentType.JSON);
    }
}
