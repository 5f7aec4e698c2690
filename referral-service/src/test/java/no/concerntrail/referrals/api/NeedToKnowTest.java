package no.concerntrail.referrals.api;

import static no.concerntrail.referrals.api.Api.CASE_WORKER;
import static no.concerntrail.referrals.api.Api.TEAM_LEAD;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.inDistrict;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.platform.security.NeedToKnow;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know over referrals: they are made, seen and changed by whoever may see their concern, by the district and
 * assignee case-service published (the default test tokens are Oslo's).
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class NeedToKnowTest {

    private static final String OTHER = "SOR_OST";

    private static RequestSpecification otherDistrictsWorker() {
        return inDistrict(OTHER, "officer-tor", CASE_WORKER);
    }

    private static UUID otherDistrictsConcern() {
        return openConcern(minorBirthDate(), OTHER, "officer-siri");
    }

    @Test
    void anotherDistrictsCaseWorkerNeitherRefersNorReadsNorWithdraws() {
        UUID concernId = otherDistrictsConcern();
        String id = otherDistrictsWorker().body(dutyToChildWelfare(concernId)).post("/referrals").then()
                .statusCode(201).extract().path("referralId");

        caseWorker().body(dutyToChildWelfare(concernId)).post("/referrals").then().statusCode(403)
                .contentType("application/problem+json").body("rule", equalTo(NeedToKnow.RULE));
        caseWorker().get("/referrals/{id}", id).then().statusCode(403).body("rule", equalTo(NeedToKnow.RULE));
        caseWorker().get("/concerns/{id}/referrals", concernId).then().statusCode(403);
        caseWorker().body(Map.of("reason", "not mine")).post("/referrals/{id}/withdraw", id).then().statusCode(403);

        otherDistrictsWorker().get("/referrals/{id}", id).then().statusCode(200).body("status", equalTo("MADE"));
        inDistrict(OTHER, "officer-siri", CASE_WORKER).get("/concerns/{id}/referrals", concernId).then()
                .statusCode(200).body("referralId", equalTo(List.of(id)));
    }

    @Test
    void theAssigneeOfAnotherDistrictsConcernSeesItsReferrals() {
        UUID concernId = openConcern(minorBirthDate(), OTHER, "officer-kari");
        String id = caseWorker().body(dutyToChildWelfare(concernId)).post("/referrals").then().statusCode(201)
                .extract().path("referralId");
        caseWorker().get("/referrals/{id}", id).then().statusCode(200);
    }

    @Test
    void aTeamLeadOfAnotherDistrictBreaksTheGlassWithAReason() {
        UUID concernId = otherDistrictsConcern();
        String id = otherDistrictsWorker().body(dutyToChildWelfare(concernId)).post("/referrals").then()
                .statusCode(201).extract().path("referralId");

        Api.as("lead-ola", TEAM_LEAD).get("/referrals/{id}", id).then().statusCode(403)
                .body("detail", containsString(NeedToKnow.BREAK_GLASS));
        Api.as("lead-ola", TEAM_LEAD).header(NeedToKnow.BREAK_GLASS, "Joint operation").get("/referrals/{id}", id)
                .then().statusCode(200).body("referralId", equalTo(id));
    }
}
