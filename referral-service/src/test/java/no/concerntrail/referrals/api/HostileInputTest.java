package no.concerntrail.referrals.api;

import static no.concerntrail.referrals.api.Api.CASE_WORKER;
import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.referrals.ReferralServiceInfra;
import no.concerntrail.testing.HostileBarrage;
import no.concerntrail.testing.HostileRequests;
import no.concerntrail.testing.HostileRequests.Endpoint;
import no.concerntrail.testing.JwtTestResource;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * Over every endpoint, the police's and the partners', 1,600 generated hostile requests: never a 5xx, and nothing
 * stored by one that is refused. The generator sends If-Match {@code *} with every command and breaks it, and the
 * optional Idempotency-Key, among the headers.
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class HostileInputTest {

    private static final ServiceDatabase REFERRALS = ServiceDatabase.of("referral-service");
    private static final String PARTNER = Roles.partner(CHILD_WELFARE);

    @TestHTTPResource("/")
    URL base;

    @Test
    void hostileRequestsGetNoServerErrorAndThoseRefusedStoreNothing() throws Exception {
        UUID minor = Api.openConcern(Api.minorBirthDate());
        UUID adult = Api.openConcern(Api.adultBirthDate());
        // each basis's body, made once here so each is known to be valid
        List<Map<String, Object>> referrals = List.of(Api.dutyToChildWelfare(minor),
                guardiansConsentToSchool(minor, List.of("Kari Nordmann")), Api.consentToNav(adult),
                Api.exceptionToSlt(adult));
        referrals.forEach(Api::make);
        // a referral of its own for each command, in a state its valid request may change
        String read = "/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        String withdrawn = "/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        String notified = "/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        String deferred = "/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        String partnerRead = "/partner" + read;
        String acknowledged = "/partner/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        String accepted = "/partner/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        String declined = "/partner/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        String completed = "/partner/referrals/" + Api.make(Api.dutyToChildWelfare(minor));
        Api.partner(CHILD_WELFARE).header("If-Match", "*").post(completed + "/accept").then().statusCode(200);
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/referrals", CASE_WORKER, referrals.get(0)),
                new Endpoint("POST", "/referrals", CASE_WORKER, referrals.get(1)),
                new Endpoint("POST", "/referrals", CASE_WORKER, referrals.get(2)),
                new Endpoint("POST", "/referrals", CASE_WORKER, referrals.get(3)),
                new Endpoint("GET", read, CASE_WORKER, null),
                new Endpoint("GET", "/concerns/" + minor + "/referrals", CASE_WORKER, null),
                new Endpoint("GET", "/concerns/" + minor + "/referrals/access-log", Api.TEAM_LEAD, null),
                new Endpoint("POST", withdrawn + "/withdraw", CASE_WORKER, Map.of("reason", "The family moved abroad")),
                new Endpoint("POST", notified + "/subject-notified", CASE_WORKER,
                        Map.of("notifiedAt", Instant.now().toString(), "method", "PHONE")),
                new Endpoint("POST", deferred + "/notification-deferred", CASE_WORKER,
                        Map.of("reason", "Telling now would warn the group",
                                "until", LocalDate.now().plusMonths(2).toString())),
                new Endpoint("GET", "/partner/referrals", PARTNER, null),
                new Endpoint("GET", partnerRead, PARTNER, null),
                new Endpoint("POST", acknowledged + "/acknowledge", PARTNER, null),
                new Endpoint("POST", accepted + "/accept", PARTNER, null),
                new Endpoint("POST", declined + "/decline", PARTNER, Map.of("reason", "Already followed up by us")),
                new Endpoint("POST", completed + "/complete", PARTNER, Map.of("note", "Back at school")));
        HostileRequests hostile = new HostileRequests(HostileRequests.seed(), endpoints,
                role -> JwtTestResource.tokenFor(role.equals(PARTNER) ? "child-welfare-worker" : "officer-kari", role),
                JwtTestResource.tokens());

        HostileBarrage.Report report = HostileBarrage.fire(base.toURI(), hostile.generate(1600), REFERRALS);

        System.out.println("referral-service: " + report);
        assertThat(report.failures()).isEmpty();
        assertThat(report.byStatus().keySet()).as("refusals of every kind, and requests that passed")
                .contains(200, 201, 400, 401, 403, 404);
    }

    /** A hole in the consent's guardians is for consent-is-recorded to name: copying the list once failed (500). */
    @Test
    void aGuardianLeftOutOfTheConsentIsNamedByItsRuleAndStoresNothing() throws Exception {
        UUID minor = Api.openConcern(Api.minorBirthDate());
        long before = HostileBarrage.stored(REFERRALS);
        Api.caseWorker().body(guardiansConsentToSchool(minor, Collections.singletonList(null))).post("/referrals")
                .then().statusCode(422).body("rule", equalTo("consent-is-recorded"));
        assertThat(HostileBarrage.stored(REFERRALS)).isEqualTo(before);
    }

    /** A minor referred to the school on the guardians' consent: the consent's own list of names to break. */
    private static Map<String, Object> guardiansConsentToSchool(UUID concernId, List<String> guardians) {
        Map<String, Object> body = new LinkedHashMap<>(Api.dutyToChildWelfare(concernId));
        body.put("agency", "school");
        body.put("basis", Map.of("kind", "CONSENT", "consent", Map.of("givenBy", "GUARDIANS",
                "guardians", guardians,
                "givenAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "form", "ORAL")));
        return body;
    }
}
