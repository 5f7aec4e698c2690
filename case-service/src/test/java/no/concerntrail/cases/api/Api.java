package no.concerntrail.cases.api;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import no.concerntrail.testing.TestNationalIds;
import no.concerntrail.testing.CurrentVersion;
import no.concerntrail.testing.JwtTestResource;

/** Requests as the different roles, and valid request bodies to vary from. */
public final class Api {

    public static final String CASE_WORKER = "case-worker";
    public static final String TEAM_LEAD = "team-lead";
    public static final String ANALYST = "analyst";

    private static final CurrentVersion CURRENT_VERSION = new CurrentVersion("case-service");

    static {
        // a failing test shows the exchange that failed
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    /** A caller with these roles; a command without If-Match is sent with the current version (see CurrentVersion). */
    public static RequestSpecification as(String subject, String... roles) {
        return given().filter(CURRENT_VERSION).auth().oauth2(JwtTestResource.tokenFor(subject, roles))
                .contentType(ContentType.JSON);
    }

    /** A caller of another police district than the default tokens' (district null: a token that names none). */
    public static RequestSpecification inDistrict(String district, String subject, String... roles) {
        return given().filter(CURRENT_VERSION).auth().oauth2(JwtTestResource.tokenInDistrict(subject, district, roles))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification caseWorker() {
        return as("officer-kari", CASE_WORKER);
    }

    public static RequestSpecification teamLead() {
        return as("lead-ola", TEAM_LEAD);
    }

    /** A concern from a school about a 15-year-old, with a named reporter and a valid national identity number. */
    public static Map<String, Object> concern() {
        LocalDate birthDate = LocalDate.now().minusYears(15).minusDays(40);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("name", "Ola Nordmann");
        subject.put("birthDate", birthDate.toString());
        subject.put("nationalIdentityNumber", TestNationalIds.forBirthDate(birthDate));
        subject.put("municipality", "Drammen");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "SCHOOL");
        body.put("reporter", Map.of("name", "Reporter Hansen", "contact", "+47 99 99 99 99", "relation", "teacher"));
        body.put("subject", subject);
        body.put("category", "VIOLENT_EXTREMISM");
        body.put("summary", "Shared a video glorifying an attack and talked about doing the same");
        body.put("level", "MODERATE");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** Creates a concern and returns its id. */
    public static String receive(Map<String, Object> body) {
        return caseWorker().body(body).post("/concerns").then().statusCode(201).extract().path("concernId");
    }

    /** Creates a concern, adopts it and assigns it to officer-kari: ready for raise, lower and close. */
    public static String adoptedAndAssigned() {
        return adoptedAndAssigned(concern());
    }

    /** As {@link #adoptedAndAssigned()}, from the given concern (e.g. another level). */
    public static String adoptedAndAssigned(Map<String, Object> body) {
        String id = adopted(body);
        teamLead().body(Map.of("assignee", "officer-kari")).post("/concerns/{id}/assign", id).then().statusCode(200);
        return id;
    }

    /** Creates a concern and adopts it at triage, assigning it to nobody yet. */
    public static String adopted(Map<String, Object> body) {
        String id = receive(body);
        teamLead().body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", id).then().statusCode(200);
        return id;
    }
}
