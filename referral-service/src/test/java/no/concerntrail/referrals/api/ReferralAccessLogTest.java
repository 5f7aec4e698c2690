package no.concerntrail.referrals.api;

import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.junit.jupiter.api.Test;

/** Who read a concern's referrals, for a team lead answering a request for access (and the access report). */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class ReferralAccessLogTest {

    @Test
    void aTeamLeadSeesWhoReadTheReferralsAndNobodyElseDoes() {
        UUID concern = openConcern(minorBirthDate());
        make(dutyToChildWelfare(concern));
        caseWorker().get("/concerns/{id}/referrals", concern).then().statusCode(200);

        Api.as("lead-ola", Api.TEAM_LEAD).get("/concerns/{id}/referrals/access-log", concern).then().statusCode(200)
                .body("action", hasItem("referral.list")).body("actor", hasItem("officer-kari"));
        caseWorker().get("/concerns/{id}/referrals/access-log", concern).then().statusCode(403);
        Api.inDistrict("AGDER", "lead-agnes", Api.TEAM_LEAD).get("/concerns/{id}/referrals/access-log", concern)
                .then().statusCode(403).body("rule", equalTo("need-to-know"));
    }
}
