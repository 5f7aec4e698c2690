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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
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
                .body("items.referralId", hasItem(childWelfares)).body("items.referralId", not(hasItem(slts)))
                .body("items.agency", everyItem(equalTo(CHILD_WELFARE)));
        partner(SLT).get("/partner/referrals").then().statusCode(200)
                .body("items.referralId", hasItem(slts)).body("items.referralId", not(hasItem(childWelfares)))
                .body("items.agency", everyItem(equalTo(SLT)));
    }

    /** Newest first, a page at a time, with the agency's total: every referral once over the pages. */
    @Test
    void aPartnersListComesInPagesNewestFirst() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(make(exceptionToSlt(openConcern(adultBirthDate()))));
        }
        JsonPath first = partner(SLT).get("/partner/referrals?size=2").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).extract().jsonPath();
        assertThat(first.getList("items.referralId", String.class)).containsExactly(made.get(2), made.get(1));
        long total = first.getLong("total");
        assertThat(total).isGreaterThanOrEqualTo(3);

        List<String> all = new ArrayList<>();
        for (int page = 0; page * 100 < total; page++) {
            all.addAll(partner(SLT).get("/partner/referrals?size=100&page=" + page).then().statusCode(200).extract()
                    .jsonPath().getList("items.referralId", String.class));
        }
        assertThat(all).hasSize((int) total).doesNotHaveDuplicates().containsAll(made);
        partner(SLT).get("/partner/referrals?size=101").then().statusCode(400);
        partner(SLT).get("/partner/referrals?page=first").then().statusCode(400);
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
