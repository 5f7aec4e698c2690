package no.concerntrail.referrals.api;

import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static no.concerntrail.referrals.api.Api.NAV;
import static no.concerntrail.referrals.api.Api.SLT;
import static no.concerntrail.referrals.api.Api.adultBirthDate;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.exceptionToSlt;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static no.concerntrail.referrals.api.Api.partner;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.junit.jupiter.api.Test;

/**
 * A partner sees only its own agency's referrals, each with only what its policy allows: another agency's referral
 * is, for it, one that does not exist (404, the same answer as for an id nobody made).
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class PartnerIsolationTest {

    @Test
    void anotherAgencysReferralIsNotFoundWhetherReadOrAnswered() {
        String id = make(dutyToChildWelfare(openConcern(minorBirthDate())));
        String unknown = UUID.randomUUID().toString();
        String notFound = partner(NAV).get("/partner/referrals/{id}", unknown).then().statusCode(404).extract()
                .path("detail");

        partner(NAV).get("/partner/referrals/{id}", id).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo(notFound.replace(unknown, id)));
        for (String answer : new String[] {"acknowledge", "accept"}) {
            partner(NAV).header("If-Match", "\"0\"").post("/partner/referrals/{id}/" + answer, id).then()
                    .statusCode(404);
        }
        partner(NAV).header("If-Match", "\"0\"").body(Map.of("reason", "not ours"))
                .post("/partner/referrals/{id}/decline", id).then().statusCode(404);
        partner(NAV).header("If-Match", "\"0\"").body(Map.of("note", "done"))
                .post("/partner/referrals/{id}/complete", id).then().statusCode(404);

        // nothing of it changed: its own partner still finds it new
        partner(CHILD_WELFARE).get("/partner/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("MADE")).header("ETag", "\"0\"");
    }

    @Test
    void aPartnersListHoldsOnlyItsOwnAgencysReferrals() {
        String childWelfares = make(dutyToChildWelfare(openConcern(minorBirthDate())));
        String slts = make(exceptionToSlt(openConcern(adultBirthDate())));

        partner(CHILD_WELFARE).get("/partner/referrals").then().statusCode(200)
                .body("referralId", hasItem(childWelfares)).body("referralId", not(hasItem(slts)))
                .body("agency", everyItem(equalTo(CHILD_WELFARE)));
        partner(SLT).get("/partner/referrals").then().statusCode(200)
                .body("referralId", hasItem(slts)).body("referralId", not(hasItem(childWelfares)))
                .body("agency", everyItem(equalTo(SLT)));
    }

    @Test
    void underTheCrimePreventionExceptionOnlyWhoThePersonIsGoes() {
        String id = make(exceptionToSlt(openConcern(adultBirthDate())));

        partner(SLT).get("/partner/referrals/{id}", id).then().statusCode(200)
                .body("subject.name", equalTo("Per Hansen")).body("subject.birthDate", equalTo(adultBirthDate().toString()))
                .body("legalBasis.citation", equalTo("politiregisterloven § 27 tredje ledd"))
                .body("policeContact.name", equalTo("Kari Radkontakt"))
                .body("subject.contact", nullValue()).body("helpNeeds", nullValue()).body("message", nullValue())
                .body("concernId", nullValue());
    }
}
