package no.concerntrail.referrals.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.referrals.CaseEventsFeed;
import no.concerntrail.referrals.projection.KnownConcerns;
import no.concerntrail.testing.CurrentVersion;
import no.concerntrail.testing.JwtTestResource;

/**
 * Requests as the police roles and as partner agencies, concerns made known the real way (over Kafka), and valid
 * bodies to vary from.
 */
public final class Api {

    public static final String CASE_WORKER = "case-worker";
    public static final String TEAM_LEAD = "team-lead";
    public static final String CHILD_WELFARE = "child-welfare";
    public static final String NAV = "nav";
    public static final String SLT = "slt";
    public static final String DUTY_TO_NOTIFY_CHILD_WELFARE = "child-welfare-act-13-2";
    public static final String CRIME_PREVENTION = "police-records-act-27-3";
    /** The test tokens' district. */
    public static final String OSLO = "OSLO";

    private static final CurrentVersion CURRENT_VERSION = new CurrentVersion("referral-service");

    static {
        // a failing test shows the exchange that failed
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    /** A caller with these roles; a police command without If-Match is sent with the current version. */
    public static RequestSpecification as(String subject, String... roles) {
        return given().filter(CURRENT_VERSION).auth().oauth2(JwtTestResource.tokenFor(subject, roles))
                .contentType(ContentType.JSON);
    }

    /** A police caller of another district than the default tokens' (null: a token that names none). */
    public static RequestSpecification inDistrict(String district, String subject, String... roles) {
        return given().filter(CURRENT_VERSION).auth().oauth2(JwtTestResource.tokenInDistrict(subject, district, roles))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification caseWorker() {
        return as("officer-kari", CASE_WORKER);
    }

    /** A case worker of an agency, with its role {@code partner:<agency>}; partner commands name If-Match themselves. */
    public static RequestSpecification partner(String agency) {
        return given().auth().oauth2(JwtTestResource.tokenFor(agency + "-worker", Roles.partner(agency)))
                .contentType(ContentType.JSON);
    }

    public static LocalDate minorBirthDate() {
        return LocalDate.now().minusYears(15).minusDays(40);
    }

    public static LocalDate adultBirthDate() {
        return LocalDate.now().minusYears(25).minusDays(40);
    }

    /** An Oslo concern case-service received, adopted and assigned, once referral-service has read it off the topic. */
    public static UUID openConcern(LocalDate birthDate) {
        return openConcern(birthDate, OSLO, "officer-kari");
    }

    public static UUID openConcern(LocalDate birthDate, String district, String assignee) {
        UUID concernId = CaseEventsFeed.received(birthDate, district);
        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        CaseEventsFeed.assigned(concernId, assignee);
        KnownConcerns known = Arc.container().instance(KnownConcerns.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> known.belonging(concernId)
                .map(concern -> assignee.equals(concern.assignee())).orElse(false)
                && known.find(concernId).map(concern -> concern.adopted()).orElse(false));
        return concernId;
    }

    /** Waits until referral-service knows the concern is closed. */
    public static void awaitClosed(UUID concernId) {
        KnownConcerns known = Arc.container().instance(KnownConcerns.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> known.find(concernId).map(c -> c.closed()).orElse(false));
    }

    /** A minor referred to child welfare under the duty to notify, with the help needs and a message. */
    public static Map<String, Object> dutyToChildWelfare(UUID concernId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concernId", concernId.toString());
        body.put("agency", CHILD_WELFARE);
        body.put("basis", Map.of("kind", "DUTY_TO_NOTIFY", "provision", DUTY_TO_NOTIFY_CHILD_WELFARE));
        body.put("helpNeeds", List.of("EDUCATION", "FAMILY"));
        body.put("message", "Has stopped going to school; the family needs support");
        body.put("subject", Map.of("name", "Ola Nordmann", "birthDate", minorBirthDate().toString(),
                "guardians", List.of(Map.of("name", "Kari Nordmann", "relation", "mother",
                        "contact", Map.of("phone", "+47 912 34 567")))));
        body.put("policeContact", policeContact());
        return body;
    }

    /** An adult referred to the crime-prevention coordinator under the confidentiality exception: identity only. */
    public static Map<String, Object> exceptionToSlt(UUID concernId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concernId", concernId.toString());
        body.put("agency", SLT);
        body.put("basis", Map.of("kind", "CONFIDENTIALITY_EXCEPTION", "provision", CRIME_PREVENTION));
        body.put("subject", Map.of("name", "Per Hansen", "birthDate", adultBirthDate().toString(),
                "contact", Map.of("email", "per.hansen@example.no", "address", "Storgata 1, 3015 Drammen")));
        body.put("policeContact", policeContact());
        return body;
    }

    /** An adult referred to Nav on their own consent, given yesterday in writing. */
    public static Map<String, Object> consentToNav(UUID concernId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concernId", concernId.toString());
        body.put("agency", NAV);
        body.put("basis", Map.of("kind", "CONSENT", "consent", Map.of("givenBy", "SUBJECT",
                "givenAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "form", "WRITTEN")));
        body.put("helpNeeds", List.of("WORK", "FINANCES"));
        body.put("subject", Map.of("name", "Per Hansen", "birthDate", adultBirthDate().toString(),
                "contact", Map.of("phone", "+47 400 00 000")));
        body.put("policeContact", policeContact());
        return body;
    }

    private static Map<String, Object> policeContact() {
        return Map.of("name", "Kari Radkontakt", "phone", "+47 32 00 00 00", "email", "kari.radkontakt@politiet.no");
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    public static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.remove(field);
        return changed;
    }

    /** Makes a referral as the default case worker and returns its id. */
    public static String make(Map<String, Object> body) {
        return caseWorker().body(body).post("/referrals").then().statusCode(201).extract().path("referralId");
    }

    /** The referral's current ETag as its partner reads it. */
    public static String etag(String agency, String referralId) {
        return partner(agency).get("/partner/referrals/{id}", referralId).then().statusCode(200).extract()
                .header("ETag");
    }
}
