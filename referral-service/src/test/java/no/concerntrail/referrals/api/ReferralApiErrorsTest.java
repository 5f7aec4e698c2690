package no.concerntrail.referrals.api;

import static io.restassured.RestAssured.given;
import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static no.concerntrail.referrals.api.Api.NAV;
import static no.concerntrail.referrals.api.Api.adultBirthDate;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.consentToNav;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static no.concerntrail.referrals.api.Api.partner;
import static no.concerntrail.referrals.api.Api.with;
import static no.concerntrail.referrals.api.Api.without;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.referrals.CaseEventsFeed;
import no.concerntrail.referrals.ReferralServiceInfra;
import no.concerntrail.testing.JwtTestResource;
import org.junit.jupiter.api.Test;

/** Refusals over REST: each names its rule in problem+json (422 for the request, 409 for the state). */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class ReferralApiErrorsTest {

    @Test
    void aReferralWithoutALegalBasisIsRefused() {
        UUID concernId = openConcern(minorBirthDate());
        caseWorker().body(without(dutyToChildWelfare(concernId), "basis")).post("/referrals").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("referral-needs-legal-basis"));
        caseWorker().body(with(consentToNav(openConcern(adultBirthDate())), "basis", Map.of("kind", "CONSENT")))
                .post("/referrals").then().statusCode(422).body("rule", equalTo("consent-is-recorded"));
    }

    @Test
    void theBasisMustFitTheAgencyAndPurpose() {
        UUID adult = openConcern(adultBirthDate());
        caseWorker().body(with(consentToNav(adult), "basis",
                        Map.of("kind", "DUTY_TO_NOTIFY", "provision", Api.DUTY_TO_NOTIFY_CHILD_WELFARE)))
                .post("/referrals").then().statusCode(422).body("rule", equalTo("basis-fits-agency"));
        caseWorker().body(with(Api.exceptionToSlt(adult), "helpNeeds", List.of("WORK"))).post("/referrals").then()
                .statusCode(422).body("rule", equalTo("purpose-binding"));
        caseWorker().body(with(dutyToChildWelfare(adult), "agency", "no-such-agency")).post("/referrals").then()
                .statusCode(422).body("rule", equalTo("agency-from-configured-list"));
    }

    @Test
    void onlyAnAdoptedOpenConcernKnownToTheServiceIsReferred() {
        caseWorker().body(dutyToChildWelfare(UUID.randomUUID())).post("/referrals").then().statusCode(422)
                .body("rule", equalTo("concern-must-be-known"));

        UUID closed = openConcern(minorBirthDate());
        CaseEventsFeed.closed(closed);
        Api.awaitClosed(closed);
        caseWorker().body(dutyToChildWelfare(closed)).post("/referrals").then().statusCode(409)
                .body("rule", equalTo("no-referral-on-closed-concern"));

        UUID wrongBirthDate = openConcern(minorBirthDate().minusYears(1));
        caseWorker().body(dutyToChildWelfare(wrongBirthDate)).post("/referrals").then().statusCode(422)
                .body("rule", equalTo("subject-confirmed"));
    }

    @Test
    void partnersAnswerInOrder() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));
        partner(CHILD_WELFARE).header("If-Match", "\"0\"").body(Map.of()).post("/partner/referrals/{id}/complete", id)
                .then().statusCode(409).body("rule", equalTo("completed-only-after-accepted"));
        partner(CHILD_WELFARE).header("If-Match", "\"0\"").post("/partner/referrals/{id}/accept", id).then()
                .statusCode(200);
        partner(CHILD_WELFARE).header("If-Match", "\"1\"").post("/partner/referrals/{id}/acknowledge", id).then()
                .statusCode(409).body("rule", equalTo("answer-in-order"));
        caseWorker().body(Map.of()).post("/referrals/{id}/withdraw", id).then().statusCode(422)
                .body("rule", equalTo("withdraw-needs-reason"));
    }

    @Test
    void everyCommandNamesTheVersionItChanges() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));
        partner(CHILD_WELFARE).post("/partner/referrals/{id}/acknowledge", id).then().statusCode(428);
        partner(CHILD_WELFARE).header("If-Match", "\"7\"").post("/partner/referrals/{id}/acknowledge", id).then()
                .statusCode(412);
        given().auth().oauth2(JwtTestResource.tokenFor("officer-kari", Api.CASE_WORKER))
                .contentType("application/json").body(Map.of("reason", "r")).post("/referrals/{id}/withdraw", id)
                .then().statusCode(428);
    }

    @Test
    void aRetriedPostWithItsIdempotencyKeyMakesOneReferral() {
        Map<String, Object> body = consentToNav(openConcern(adultBirthDate()));
        String key = "make-" + UUID.randomUUID();
        String first = caseWorker().header("Idempotency-Key", key).body(body).post("/referrals").then().statusCode(201)
                .extract().path("referralId");
        caseWorker().header("Idempotency-Key", key).body(body).post("/referrals").then().statusCode(201)
                .body("referralId", equalTo(first));
        partner(NAV).get("/partner/referrals/{id}", first).then().statusCode(200)
                .body("helpNeeds", equalTo(List.of("WORK", "FINANCES")));
    }

    @Test
    void theRolesAreThePolicesOrThePartnersNeverBoth() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));
        partner(CHILD_WELFARE).get("/referrals/{id}", id).then().statusCode(403);
        caseWorker().get("/partner/referrals/{id}", id).then().statusCode(403);
        partner("no-such-agency").get("/partner/referrals").then().statusCode(403);
        given().get("/partner/referrals").then().statusCode(401);
    }
}
