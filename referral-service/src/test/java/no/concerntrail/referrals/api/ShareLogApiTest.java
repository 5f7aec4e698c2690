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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/**
 * The share log: every publication to a partner, recorded once the broker took it, with the fields that went and the
 * basis they went on, and whether the person was told (told, deferred, or a deferral that has run out).
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class ShareLogApiTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void everyPublicationToThePartnerIsAShareWithItsFieldsAndBasis() {
        UUID concernId = openConcern(minorBirthDate());
        String id = make(dutyToChildWelfare(concernId));
        partner(CHILD_WELFARE).header("If-Match", etag(CHILD_WELFARE, id))
                .post("/partner/referrals/{id}/acknowledge", id).then().statusCode(200);

        JsonPath shares = sharesOnce(concernId, 2);
        assertThat(shares.getList("event", String.class)).containsExactly("ReferralMade", "ReferralAcknowledged");
        assertThat(shares.getList("referralId", String.class)).containsOnly(id);
        assertThat(shares.getList("agency", String.class)).containsOnly(CHILD_WELFARE);
        assertThat(shares.getList("basis", String.class)).containsOnly("DUTY_TO_NOTIFY");
        assertThat(shares.getList("citation", String.class)).containsOnly("barnevernsloven § 13-2");
        assertThat(shares.getList("[0].fields", String.class)).containsExactly("subject-name", "subject-birth-date",
                "guardians", "help-needs", "message", "police-contact", "legal-basis");
        assertThat(shares.getList("[1].fields", String.class)).isEmpty();
        assertThat(shares.getList("subjectTold.status", String.class)).containsOnly("NOT_TOLD");

        caseWorker().body(Map.of("notifiedAt", Instant.now().toString(), "method", "IN_PERSON"))
                .post("/referrals/{id}/subject-notified", id).then().statusCode(200);
        JsonPath told = sharesOnce(concernId, 2);
        assertThat(told.getList("subjectTold.status", String.class)).containsOnly("TOLD");
        assertThat(told.getString("[0].subjectTold.told.method")).isEqualTo("IN_PERSON");
    }

    @Test
    void aDeferralShowsUntilWhenAndOneThatRanOutIsListedToBeActedOn() {
        UUID concernId = openConcern(minorBirthDate());
        String deferred = make(dutyToChildWelfare(concernId));
        defer(deferred, "would warn the network", LocalDate.now().plusMonths(2));
        String runOut = make(dutyToChildWelfare(concernId));
        // put off three days ago until yesterday: by today it has run out, and the subject is still not told
        LocalDate yesterday = PoliceTime.day(Instant.now()).minusDays(1);
        Clock now = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(now, Duration.ofDays(-3));
        try {
            defer(runOut, "an ongoing investigation", yesterday);
        } finally {
            GenericEventMessage.clock = now;
        }

        JsonPath shares = sharesOnce(concernId, 2);
        assertThat(shares.getString("find { it.referralId == '" + deferred + "' }.subjectTold.status"))
                .isEqualTo("DEFERRED");
        assertThat(shares.getString("find { it.referralId == '" + deferred + "' }.subjectTold.deferral.reason"))
                .isEqualTo("would warn the network");
        assertThat(shares.getString("find { it.referralId == '" + runOut + "' }.subjectTold.status"))
                .isEqualTo("DEFERRAL_RUN_OUT");
        assertThat(shares.getString("find { it.referralId == '" + runOut + "' }.subjectTold.deferral.until"))
                .isEqualTo(yesterday.toString());

        List<String> listed = caseWorker().get("/referrals/deferrals-run-out").then().statusCode(200).extract()
                .jsonPath().getList("referralId", String.class);
        assertThat(listed).contains(runOut).doesNotContain(deferred);
        assertThat(inDistrict("SOR_OST", "officer-per", CASE_WORKER).get("/referrals/deferrals-run-out").then()
                .statusCode(200).extract().jsonPath().getList("referralId", String.class)).doesNotContain(runOut);
    }

    @Test
    void onlyThePoliceWhoMayKnowTheConcernSeeWhatWasShared() {
        UUID concernId = openConcern(minorBirthDate());
        make(dutyToChildWelfare(concernId));
        sharesOnce(concernId, 1);

        inDistrict("SOR_OST", "officer-per", CASE_WORKER).get("/concerns/{id}/shares", concernId).then()
                .statusCode(403).body("rule", equalTo("need-to-know"));
        partner(CHILD_WELFARE).get("/concerns/{id}/shares", concernId).then().statusCode(403);
        caseWorker().get("/concerns/{id}/shares", UUID.randomUUID()).then().statusCode(200).body("$", empty());
        // nor may others learn whether anything of a concern went anywhere: nothing shared is theirs to know too
        UUID nothingShared = openConcern(minorBirthDate());
        caseWorker().get("/concerns/{id}/shares", nothingShared).then().statusCode(200).body("$", empty());
        inDistrict("SOR_OST", "officer-per", CASE_WORKER).get("/concerns/{id}/shares", nothingShared).then()
                .statusCode(403).body("rule", equalTo("need-to-know"));
        inDistrict("SOR_OST", "officer-per", CASE_WORKER).get("/concerns/{id}/referrals", nothingShared).then()
                .statusCode(403).body("rule", equalTo("need-to-know"));
        caseWorker().queryParam("limit", "ten").get("/referrals/deferrals-run-out").then().statusCode(400);
    }

    /** The runtime role records shares; neither a defect nor whoever has its password can rewrite what went where. */
    @Test
    void theShareLogIsAppendedToNeverRewritten() {
        for (String rewrite : List.of("UPDATE share SET agency = 'nav'", "DELETE FROM share", "TRUNCATE share")) {
            assertThatThrownBy(() -> {
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute(rewrite);
                }
            }).as(rewrite).isInstanceOfSatisfying(SQLException.class,
                    refused -> assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
    }

    private static void defer(String id, String reason, LocalDate until) {
        caseWorker().body(Map.of("reason", reason, "until", until.toString()))
                .post("/referrals/{id}/notification-deferred", id).then().statusCode(200);
    }

    /** The concern's shares once the partner feed recorded {@code count} of them (it runs beside the request). */
    private static JsonPath sharesOnce(UUID concernId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> caseWorker().get("/concerns/{id}/shares", concernId)
                .then().statusCode(200).extract().jsonPath().getList("$").size() >= count);
        return caseWorker().get("/concerns/{id}/shares", concernId).then().statusCode(200).extract().jsonPath();
    }
}
