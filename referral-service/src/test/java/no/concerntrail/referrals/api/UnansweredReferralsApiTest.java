package no.concerntrail.referrals.api;

import static no.concerntrail.referrals.api.Api.CASE_WORKER;
import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.etag;
import static no.concerntrail.referrals.api.Api.inDistrict;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static no.concerntrail.referrals.api.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /referrals?unanswered=true}: the referrals to chase, those a partner has not acknowledged within its
 * agency's answer time (child welfare: 7 days), oldest first, of the concerns the caller may see. A referral is made
 * days ago by turning Axon's clock back while it is made, as if the officer had made it then.
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class UnansweredReferralsApiTest {

    @Test
    void listsWhatThePartnerHasNotAcknowledgedWithinItsAnswerTimeOldestFirst() {
        UUID concernId = openConcern(minorBirthDate());
        String older = madeAgo(Duration.ofDays(9), () -> make(dutyToChildWelfare(concernId)));
        String overdue = madeAgo(Duration.ofDays(8), () -> make(dutyToChildWelfare(concernId)));
        String acknowledged = madeAgo(Duration.ofDays(8), () -> make(dutyToChildWelfare(concernId)));
        partner(CHILD_WELFARE).header("If-Match", etag(CHILD_WELFARE, acknowledged))
                .post("/partner/referrals/{id}/acknowledge", acknowledged).then().statusCode(200);
        String withinItsTime = madeAgo(Duration.ofDays(6), () -> make(dutyToChildWelfare(concernId)));

        List<String> listed = unanswered(caseWorker());
        assertThat(listed).containsSubsequence(older, overdue).doesNotContain(acknowledged, withinItsTime);
    }

    @Test
    void showsOnlyWhatTheCallerMayKnow() {
        UUID elsewhere = openConcern(minorBirthDate(), "SOR_OST", "officer-per");
        String theirs = madeAgo(Duration.ofDays(8), () -> inDistrict("SOR_OST", "officer-per", CASE_WORKER)
                .body(dutyToChildWelfare(elsewhere)).post("/referrals").then().statusCode(201).extract()
                .path("referralId"));

        assertThat(unanswered(caseWorker())).doesNotContain(theirs);
        assertThat(unanswered(inDistrict("SOR_OST", "officer-per", CASE_WORKER))).contains(theirs);
    }

    @Test
    void theOnlyListOfferedIsTheUnansweredOneAndItsLimitIsANumber() {
        caseWorker().get("/referrals").then().statusCode(400);
        caseWorker().queryParam("unanswered", "false").get("/referrals").then().statusCode(400);
        caseWorker().queryParam("unanswered", "true").queryParam("limit", "ten").get("/referrals").then()
                .statusCode(400);
        caseWorker().queryParam("unanswered", "true").queryParam("limit", "501").get("/referrals").then()
                .statusCode(400);
        partner(CHILD_WELFARE).queryParam("unanswered", "true").get("/referrals").then().statusCode(403)
                .body("status", equalTo(403));
    }

    private static List<String> unanswered(RequestSpecification caller) {
        return caller.queryParam("unanswered", "true").get("/referrals").then().statusCode(200).extract()
                .jsonPath().getList("referralId", String.class);
    }

    /** What {@code making} does happens {@code ago}: Axon's clock stamps the event, and is put back at once. */
    private static String madeAgo(Duration ago, Supplier<String> making) {
        Clock now = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(now, ago.negated());
        try {
            return making.get();
        } finally {
            GenericEventMessage.clock = now;
        }
    }
}
