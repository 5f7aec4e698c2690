package no.concerntrail.referrals.api;

import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.etag;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static no.concerntrail.referrals.api.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.junit.jupiter.api.Test;

/** A referral's life over REST: made by the police, answered by its partner, withdrawn, and told to the subject. */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class ReferralLifecycleApiTest {

    @Test
    void madeThenAcknowledgedAcceptedAndCompletedByThePartner() {
        UUID concernId = openConcern(minorBirthDate());
        ExtractableResponse<Response> made = caseWorker().body(dutyToChildWelfare(concernId)).post("/referrals")
                .then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("MADE")).body("agency", equalTo(CHILD_WELFARE))
                .body("basisKind", equalTo("DUTY_TO_NOTIFY")).body("made.subject.name", equalTo("Ola Nordmann"))
                .body("made.provision.citation", equalTo("barnevernsloven § 13-2"))
                .extract();
        String id = made.path("referralId");
        assertThat(made.header("Location")).endsWith("/referrals/" + id);

        partner(CHILD_WELFARE).get("/partner/referrals/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("MADE")).body("subject.name", equalTo("Ola Nordmann"))
                .body("subject.guardians[0].contact.phone", equalTo("+47 912 34 567"))
                .body("helpNeeds", equalTo(List.of("EDUCATION", "FAMILY")))
                .body("legalBasis.citation", equalTo("barnevernsloven § 13-2"))
                .body("concernId", nullValue()).body("made", nullValue());

        partner(CHILD_WELFARE).header("If-Match", "\"0\"").post("/partner/referrals/{id}/acknowledge", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("ACKNOWLEDGED"));
        partner(CHILD_WELFARE).header("If-Match", "\"1\"").post("/partner/referrals/{id}/accept", id).then()
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("ACCEPTED"));
        partner(CHILD_WELFARE).header("If-Match", "\"2\"").body(Map.of("note", "Back at school, family follow-up"))
                .post("/partner/referrals/{id}/complete", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("note", equalTo("Back at school, family follow-up"));

        caseWorker().get("/referrals/{id}", id).then().statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("COMPLETED")).body("acknowledgedAt", notNullValue())
                .body("answer.text", equalTo("Back at school, family follow-up")).body("version", equalTo(3));
        caseWorker().get("/concerns/{id}/referrals", concernId).then().statusCode(200)
                .body("referralId", equalTo(List.of(id)));
    }

    /** The police telling the subject is not the partner's to see: its version, its If-Match, stay where they were. */
    @Test
    void thePoliceRecordsOfTellingTheSubjectLeaveThePartnersVersionAlone() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));
        partner(CHILD_WELFARE).get("/partner/referrals/{id}", id).then().statusCode(200).header("ETag", "\"0\"");

        caseWorker().body(Map.of("reason", "Telling now would warn the group", "until",
                LocalDate.now().plusMonths(1).toString())).post("/referrals/{id}/notification-deferred", id).then()
                .statusCode(200).header("ETag", "\"1\"");
        caseWorker().body(Map.of("notifiedAt", Instant.now().toString(), "method", "LETTER"))
                .post("/referrals/{id}/subject-notified", id).then().statusCode(200).header("ETag", "\"2\"");

        partner(CHILD_WELFARE).get("/partner/referrals/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
        partner(CHILD_WELFARE).header("If-Match", "\"0\"").post("/partner/referrals/{id}/acknowledge", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("ACKNOWLEDGED"));
        partner(CHILD_WELFARE).header("If-Match", "\"0\"").post("/partner/referrals/{id}/accept", id).then()
                .statusCode(412);
        caseWorker().get("/referrals/{id}", id).then().statusCode(200).header("ETag", "\"3\"")
                .body("partnerVersion", equalTo(1));
    }

    @Test
    void withdrawnByThePoliceWhoseReasonThePartnerNeverSees() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));

        caseWorker().body(Map.of("reason", "Police reason: the family moved abroad")).post("/referrals/{id}/withdraw", id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("answer.text", equalTo("Police reason: the family moved abroad"));

        partner(CHILD_WELFARE).get("/partner/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("reason", nullValue()).body("note", nullValue());
        partner(CHILD_WELFARE).header("If-Match", etag(CHILD_WELFARE, id)).post("/partner/referrals/{id}/accept", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("withdrawn-or-declined-cannot-be-accepted"));
    }

    @Test
    void declinedByThePartnerWithItsReason() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));

        partner(CHILD_WELFARE).header("If-Match", "\"0\"").body(Map.of()).post("/partner/referrals/{id}/decline", id)
                .then().statusCode(422).body("rule", equalTo("decline-needs-reason"));
        partner(CHILD_WELFARE).header("If-Match", "\"0\"").body(Map.of("reason", "Already followed up by us"))
                .post("/partner/referrals/{id}/decline", id).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("reason", equalTo("Already followed up by us"));
        caseWorker().get("/referrals/{id}", id).then().body("answer.text", equalTo("Already followed up by us"));
    }

    @Test
    void theSubjectIsToldOrTellingIsPutOff() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));
        Instant future = Instant.now().plus(1, ChronoUnit.DAYS);

        caseWorker().body(Map.of("reason", "Telling now would warn the group", "until",
                        LocalDate.now().plusMonths(2).toString()))
                .post("/referrals/{id}/notification-deferred", id).then().statusCode(200)
                .body("deferral.until", equalTo(LocalDate.now().plusMonths(2).toString()));
        caseWorker().body(Map.of("notifiedAt", future.toString(), "method", "PHONE"))
                .post("/referrals/{id}/subject-notified", id).then().statusCode(422)
                .body("rule", equalTo("notified-at-in-the-past"));
        caseWorker().body(Map.of("notifiedAt", Instant.now().toString(), "method", "PHONE"))
                .post("/referrals/{id}/subject-notified", id).then().statusCode(200)
                .body("notified.method", equalTo("PHONE"));
        caseWorker().body(Map.of("reason", "Again", "until", LocalDate.now().plusMonths(1).toString()))
                .post("/referrals/{id}/notification-deferred", id).then().statusCode(409)
                .body("rule", equalTo("already-notified"));

        // the police's records of telling the subject are not the partner's
        partner(CHILD_WELFARE).get("/partner/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("MADE")).body("notified", nullValue()).body("deferral", nullValue());
    }
}
