package no.concerntrail.referrals.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/** Readiness names a configured agency's topic the broker does not have, or will not let this service use. */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class PartnerTopicsCheckTest {

    @Inject
    @Readiness
    PartnerTopicsCheck check;
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void everyConfiguredAgencysTopicIsThereSoTheServiceIsReady() {
        given().get(readiness).then().statusCode(200)
                .body("checks.find { it.name == 'partner-topics' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'partner-topics' }.data.agencies", equalTo(5));
    }

    @Test
    void aTopicTheTopologyNeverMadeIsNamed() {
        String missing = "concerntrail.partner.youth-club.referrals";
        Map<String, String> problems = check.problems(List.of("concerntrail.partner.child-welfare.referrals", missing));
        assertThat(problems).containsOnlyKeys(missing);
        assertThat(problems.get(missing)).isIn("does not exist", "this service may not use it");
    }

    /** Described is not enough: case-service's topic, which this service reads, is no partner topic it may write. */
    @Test
    void aTopicThisServiceMayOnlyReadIsNamedToo() {
        assertThat(check.problems(List.of("concerntrail.case.events")))
                .containsEntry("concerntrail.case.events", "this service may not write it");
    }
}
