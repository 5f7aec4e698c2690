package no.concerntrail.conversations.api;

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
import no.concerntrail.conversations.CaseEventsFeed;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.conversations.projection.KnownConcerns;
import no.concerntrail.testing.CurrentVersion;
import no.concerntrail.testing.JwtTestResource;

/** Requests as the different roles, concerns made known the real way (over Kafka), and valid bodies to vary from. */
public final class Api {

    public static final String CASE_WORKER = "case-worker";
    public static final String TEAM_LEAD = "team-lead";
    public static final String ANALYST = "analyst";

    private static final CurrentVersion CURRENT_VERSION = new CurrentVersion("conversation-service");

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

    public static LocalDate minorBirthDate() {
        return LocalDate.now().minusYears(15).minusDays(40);
    }

    public static LocalDate adultBirthDate() {
        return LocalDate.now().minusYears(25);
    }

    /**
     * A concern (level MODERATE) case-service received, adopted and assigned, once conversation-service has read
     * all of that off the topic: a conversation about it may lower or raise it.
     */
    public static UUID openConcern(LocalDate birthDate) {
        UUID concernId = CaseEventsFeed.received(birthDate);
        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        CaseEventsFeed.assigned(concernId);
        KnownConcerns known = Arc.container().instance(KnownConcerns.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> known.find(concernId)
                .map(c -> c.status() == KnownConcernStatus.OPEN && c.assigned()).orElse(false));
        return concernId;
    }

    /** Waits until conversation-service has read the concern's events off the topic. */
    public static void awaitKnown(UUID concernId) {
        KnownConcerns known = Arc.container().instance(KnownConcerns.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> known.find(concernId).isPresent());
    }

    /** Waits until conversation-service knows the concern's status. */
    public static void awaitStatus(UUID concernId, KnownConcernStatus status) {
        KnownConcerns known = Arc.container().instance(KnownConcerns.class).get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> known.find(concernId).map(c -> c.status() == status).orElse(false));
    }

    /** A voluntary conversation tomorrow; the kind decides whom it fits. */
    public static Map<String, Object> invitation(UUID concernId, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concernId", concernId.toString());
        body.put("kind", kind);
        body.put("plannedStart", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("place", "Drammen police station");
        body.put("guardians", List.of(Map.of("name", "Kari Nordmann", "relation", "mother")));
        body.put("mandatory", false);
        return body;
    }

    /** A conversation that just took place, held by an officer, with outcome UNCHANGED and a way forward. */
    public static Map<String, Object> held() {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startedAt", start.toString());
        body.put("endedAt", start.plus(90, ChronoUnit.MINUTES).toString());
        body.put("heldBy", Map.of("role", "POLICE_OFFICER", "name", "Officer Kari"));
        body.put("guardiansPresent", List.of("Kari Nordmann"));
        body.put("rightsNotice", Map.of("givenAt", start.toString(), "givenTo", List.of("SUBJECT", "GUARDIANS")));
        body.put("purposes", List.of("CLARIFY", "OFFER_HELP"));
        body.put("outcome", "UNCHANGED");
        body.put("credibility", "PARTLY_CREDIBLE");
        body.put("helpNeeds", List.of("EDUCATION", "LEISURE"));
        body.put("factors", List.of("school-problems", "supportive-parents"));
        body.put("wayForward", Map.of(
                "measures", List.of(Map.of("description", "Join the football club", "responsible", "Youth worker Per")),
                "followUpDate", LocalDate.now().plusWeeks(3).toString()));
        body.put("note", "Protected note: said things in confidence");
        return body;
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

    /** Plans a conversation and returns its id. */
    public static String plan(Map<String, Object> body) {
        return caseWorker().body(body).post("/conversations").then().statusCode(201).extract().path("conversationId");
    }
}
