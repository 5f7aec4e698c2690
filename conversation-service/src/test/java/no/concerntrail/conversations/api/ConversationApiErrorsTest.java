package no.concerntrail.conversations.api;

import static no.concerntrail.conversations.api.Api.adultBirthDate;
import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.minorBirthDate;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static no.concerntrail.conversations.api.Api.with;
import static no.concerntrail.conversations.api.Api.without;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.conversations.CaseEventsFeed;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.testing.JwtTestResource;
import org.junit.jupiter.api.Test;

/** Every refusal is problem+json naming the field or the rule; nothing is stored by a refused request. */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class ConversationApiErrorsTest {

    @Test
    void summoningAnAdultBreaksTheLaw() {
        UUID concernId = openConcern(adultBirthDate());
        refused(with(with(invitation(concernId, "clarification"), "mandatory", true),
                "summonsGround", "UNDER_18_PUNISHABLE_ACT"), 422, "only-minors-may-be-summoned")
                .body("detail", containsString("never summoned"));
        caseWorker().get("/concerns/{id}/conversations", concernId).then().body("size()", equalTo(0));
    }

    @Test
    void aSummonsCannotMoveIntoAdulthood() {
        UUID concernId = openConcern(java.time.LocalDate.now().minusYears(18).plusDays(10));
        String id = plan(with(with(invitation(concernId, "concern"), "mandatory", true),
                "summonsGround", "UNDER_18_PUNISHABLE_ACT"));
        caseWorker().body(Map.of("plannedStart", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "place", "Later"))
                .post("/conversations/{id}/rescheduled", id).then().statusCode(422)
                .body("rule", equalTo("only-minors-may-be-summoned"));
    }

    @Test
    void aSummonsNamesItsLegalGround() {
        UUID concernId = openConcern(minorBirthDate());
        refused(with(invitation(concernId, "concern"), "mandatory", true), 422, "summons-names-legal-ground");
    }

    @Test
    void aVoluntaryKindCannotBeASummons() {
        UUID concernId = openConcern(minorBirthDate());
        refused(with(with(invitation(concernId, "follow-up"), "mandatory", true),
                "summonsGround", "UNDER_18_PUNISHABLE_ACT"), 422, "kind-allows-summons");
    }

    @Test
    void theKindFitsTheAge() {
        refused(invitation(openConcern(adultBirthDate()), "concern"), 422, "kind-fits-age");
        refused(invitation(openConcern(minorBirthDate()), "clarification"), 422, "kind-fits-age");
    }

    @Test
    void aMinorsGuardiansAreInvitedUnlessAReasonIsGiven() {
        UUID concernId = openConcern(minorBirthDate());
        refused(with(invitation(concernId, "concern"), "guardians", List.of()), 422, "guardians-invited-for-minor");
        plan(with(with(invitation(concernId, "concern"), "guardians", List.of()),
                "guardiansNotInvitedReason", "Child welfare advised against it"));
    }

    @Test
    void theKindIsFromTheConfiguredList() {
        refused(invitation(openConcern(adultBirthDate()), "interrogation"), 422, "kind-from-configured-list");
    }

    @Test
    void anUnknownConcernHasNoConversation() {
        refused(invitation(UUID.randomUUID(), "clarification"), 422, "concern-must-be-known");
    }

    @Test
    void aClosedConcernHasNoNewConversationUntilReopened() {
        UUID concernId = openConcern(adultBirthDate());
        CaseEventsFeed.closed(concernId);
        Api.awaitStatus(concernId, KnownConcernStatus.CLOSED);
        refused(invitation(concernId, "clarification"), 409, "no-conversation-for-closed-concern");
        CaseEventsFeed.reopened(concernId);
        Api.awaitStatus(concernId, KnownConcernStatus.OPEN);
        plan(invitation(concernId, "clarification"));
    }

    @Test
    void heldNeedsTheRightsNoticeBeforeTheStart() {
        String id = plannedForAMinor();
        Map<String, Object> body = held();
        Instant late = Instant.parse((String) body.get("startedAt")).plus(5, ChronoUnit.MINUTES);
        heldRefused(id, with(body, "rightsNotice", Map.of("givenAt", late.toString(), "givenTo", List.of("SUBJECT", "GUARDIANS"))),
                "rights-notice-before-start");
        heldRefused(id, without(body, "rightsNotice"), "rights-notice-before-start");
        heldRefused(id, with(body, "rightsNotice", Map.of("givenAt", body.get("startedAt"), "givenTo", List.of("SUBJECT"))),
                "rights-notice-before-start");
        caseWorker().get("/conversations/{id}", id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void aTrustedPersonNamesTheGuidingOfficer() {
        String id = plannedForAMinor();
        Map<String, Object> byTeacher = with(held(), "heldBy",
                Map.of("role", "TRUSTED_PERSON", "name", "Teacher Berit", "trustedPersonRole", "TEACHER"));
        heldRefused(id, byTeacher, "trusted-person-names-guiding-officer");
        caseWorker().body(with(byTeacher, "guidingOfficer", "Officer Kari")).post("/conversations/{id}/held", id)
                .then().statusCode(200).body("held.heldBy.role", equalTo("TRUSTED_PERSON"))
                .body("held.guidingOfficer", equalTo("Officer Kari"));
    }

    @Test
    void aChangedLevelIsNamed() {
        String id = plannedForAMinor();
        heldRefused(id, with(held(), "outcome", "LOWERED"), "outcome-names-new-level");
    }

    @Test
    void anOutcomeCaseServiceWouldRefuseIsRefusedAtOnce() {
        UUID concernId = CaseEventsFeed.received(minorBirthDate());
        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        Api.awaitStatus(concernId, KnownConcernStatus.OPEN);
        String id = plan(invitation(concernId, "concern"));
        heldConflict(id, with(with(held(), "outcome", "LOWERED"), "newLevel", "LOW"))
                .body("detail", containsString("assign"));
        String other = plannedForAMinor();
        heldConflict(other, with(with(held(), "outcome", "RAISED"), "newLevel", "LOW"));
        heldConflict(other, with(with(held(), "outcome", "LOWERED"), "newLevel", "MODERATE"));
        caseWorker().body(with(with(held(), "outcome", "LOWERED"), "newLevel", "LOW"))
                .post("/conversations/{id}/held", other).then().statusCode(200);
    }

    @Test
    void factorsAreFromTheConfiguredList() {
        String id = plannedForAMinor();
        heldRefused(id, with(held(), "factors", List.of("family-conflict", "strong-faith")), "factors-from-configured-list")
                .body("detail", containsString("strong-faith"));
    }

    @Test
    void aSummonsCannotBeDeclined() {
        String id = plan(with(with(invitation(openConcern(minorBirthDate()), "concern"), "mandatory", true),
                "summonsGround", "UNDER_18_PUNISHABLE_ACT"));
        caseWorker().body(Map.of()).post("/conversations/{id}/declined", id).then().statusCode(409)
                .body("rule", equalTo("summons-cannot-be-declined"));
    }

    @Test
    void aConcludedConversationStaysConcluded() {
        String id = plannedForAMinor();
        caseWorker().body(Map.of("reason", "Moved away")).post("/conversations/{id}/cancelled", id).then().statusCode(200);
        caseWorker().body(Map.of("plannedStart", java.time.Instant.now().plusSeconds(86_400 * 30).toString(), "place", "Elsewhere"))
                .post("/conversations/{id}/rescheduled", id).then().statusCode(409)
                .body("rule", equalTo("only-planned-conversation-is-rescheduled"));
        caseWorker().body(held()).post("/conversations/{id}/held", id).then().statusCode(409)
                .body("rule", equalTo("only-planned-conversation-concludes"));
        caseWorker().body(Map.of()).post("/conversations/{id}/cancelled", plannedForAMinor()).then().statusCode(422)
                .body("rule", equalTo("cancel-needs-reason"));
    }

    @Test
    void religionIdeologyAndPoliticsAreNotFields() {
        UUID concernId = openConcern(adultBirthDate());
        for (String field : List.of("religion", "ideology", "politicalOpinion")) {
            caseWorker().body(with(invitation(concernId, "clarification"), field, "anything"))
                    .post("/conversations").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field)).body("errors.reason", hasItem("is not a known field"));
            caseWorker().body(with(held(), field, "anything")).post("/conversations/{id}/held", plannedForAMinor())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field)).body("errors.reason", hasItem("is not a known field"));
        }
    }

    /** A NUL in a no-show note once reached PostgreSQL and was a 500: text it cannot store is a 400 naming the field. */
    @Test
    void textPostgresqlCannotStoreIsABadRequestNamingTheField() {
        String id = plan(invitation(openConcern(adultBirthDate()), "clarification"));
        caseWorker().body("{\"reason\":\"Nobody\\u0000came\"}").post("/conversations/{id}/no-show", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"))
                .body("errors.reason", hasItem("contains a NUL character or an unpaired surrogate"));
        caseWorker().get("/conversations/{id}", id).then().statusCode(200).body("status", equalTo("PLANNED"));
    }

    /** Without If-Match two officers would overwrite each other unawares: every command names the version it changes. */
    @Test
    void aCommandWithoutIfMatchIs428NamingTheHeaderAndChangesNothing() {
        String id = plan(invitation(openConcern(adultBirthDate()), "clarification"));
        RestAssured.given().auth().oauth2(JwtTestResource.tokenFor("officer-kari", Api.CASE_WORKER))
                .contentType("application/json").body(Map.of("reason", "The officer is ill"))
                .post("/conversations/{id}/cancelled", id).then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://concerntrail.no/problems/precondition-required"))
                .body("errors.field", hasItem("If-Match"));
        caseWorker().get("/conversations/{id}", id).then().statusCode(200).body("status", equalTo("PLANNED"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        UUID concernId = openConcern(adultBirthDate());
        String huge = "x".repeat(200_000);
        caseWorker().body(with(invitation(concernId, "clarification"), "place", huge)).post("/conversations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://concerntrail.no/problems/body-too-large"));
        caseWorker().get("/concerns/{id}/conversations", concernId).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void malformedRequestsNameTheField() {
        UUID concernId = openConcern(adultBirthDate());
        caseWorker().body(without(invitation(concernId, "clarification"), "plannedStart")).post("/conversations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("plannedStart")));
        caseWorker().body(with(invitation(concernId, "clarification"), "plannedStart", "tomorrow")).post("/conversations")
                .then().statusCode(400).contentType("application/problem+json");
        caseWorker().body(with(held(), "purposes", List.of())).post("/conversations/{id}/held", plannedForAMinor())
                .then().statusCode(400).body("errors.field", hasItem(containsString("purposes")));
        caseWorker().body("{not json").post("/conversations").then().statusCode(400);
    }

    @Test
    void timesFarOutAreATypingErrorNotAFailure() {
        UUID concernId = openConcern(adultBirthDate());
        refused(with(invitation(concernId, "clarification"), "plannedStart", "+300000-01-01T00:00:00Z"), 422,
                "times-within-range");
        refused(with(invitation(concernId, "clarification"), "plannedStart", "1950-01-01T00:00:00Z"), 422,
                "times-within-range");
        heldRefused(plannedForAMinor(), with(held(), "wayForward", Map.of("measures", List.of(),
                "followUpDate", "+5000000-01-01")), "times-within-range");
    }

    @Test
    void anUnknownConversationIsNotFound() {
        caseWorker().get("/conversations/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        caseWorker().body(held()).post("/conversations/{id}/held", UUID.randomUUID()).then().statusCode(404);
        caseWorker().get("/conversations/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aStaleVersionIsRefusedAndAMatchingOneIsTaken() {
        String id = plannedForAMinor();
        caseWorker().header("If-Match", "\"7\"").body(held()).post("/conversations/{id}/held", id).then().statusCode(412)
                .contentType("application/problem+json");
        caseWorker().header("If-Match", "not-an-etag").body(held()).post("/conversations/{id}/held", id).then()
                .statusCode(400);
        caseWorker().header("If-None-Match", "\"0\"").get("/conversations/{id}", id).then().statusCode(304);
        caseWorker().header("If-Match", "\"0\"").body(held()).post("/conversations/{id}/held", id).then().statusCode(200);
    }

    @Test
    void anIdempotencyKeyMakesARetryHarmless() {
        UUID concernId = openConcern(adultBirthDate());
        Map<String, Object> body = invitation(concernId, "clarification");
        String first = caseWorker().header("Idempotency-Key", "plan-" + concernId).body(body).post("/conversations")
                .then().statusCode(201).extract().path("conversationId");
        String again = caseWorker().header("Idempotency-Key", "plan-" + concernId).body(body).post("/conversations")
                .then().statusCode(201).extract().path("conversationId");
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);
        caseWorker().get("/concerns/{id}/conversations", concernId).then().body("size()", equalTo(1));
        caseWorker().header("Idempotency-Key", "plan-" + concernId).body(with(body, "place", "Elsewhere"))
                .post("/conversations").then().statusCode(422).body("rule", equalTo("idempotency-key-reused"));
    }

    private static String plannedForAMinor() {
        return plan(invitation(openConcern(minorBirthDate()), "concern"));
    }

    private static ValidatableResponse refused(Map<String, Object> body, int status, String rule) {
        return caseWorker().body(body).post("/conversations").then().statusCode(status)
                .contentType("application/problem+json").body("rule", equalTo(rule));
    }

    private static ValidatableResponse heldConflict(String id, Map<String, Object> body) {
        return caseWorker().body(body).post("/conversations/{id}/held", id).then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("outcome-fits-concern"));
    }

    private static ValidatableResponse heldRefused(String id, Map<String, Object> body, String rule) {
        return caseWorker().body(body).post("/conversations/{id}/held", id).then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo(rule));
    }
}
