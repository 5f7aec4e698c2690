package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.CASE_WORKER;
import static no.concerntrail.cases.api.Api.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.testing.HostileBarrage;
import no.concerntrail.testing.HostileRequests;
import no.concerntrail.testing.HostileRequests.Endpoint;
import no.concerntrail.testing.JwtTestResource;
import no.concerntrail.testing.ServiceDatabase;
import no.concerntrail.testing.TestNationalIds;
import org.junit.jupiter.api.Test;

/** Over every endpoint, 1,200 generated hostile requests: never a 5xx, and nothing stored by one that is refused. */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class HostileInputTest {

    private static final ServiceDatabase CASES = ServiceDatabase.of("case-service");

    @TestHTTPResource("/")
    URL base;

    @Test
    void hostileRequestsGetNoServerErrorAndThoseRefusedStoreNothing() throws Exception {
        String id = "/concerns/" + Api.adoptedAndAssigned();
        // erased by the barrage, so a concern of its own; and a person nobody has a concern about
        String erasable = "/concerns/" + Api.adoptedAndAssigned();
        String nobody = TestNationalIds.forBirthDate(LocalDate.of(2004, 4, 4), 901);
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/concerns", CASE_WORKER, Api.concern()),
                new Endpoint("GET", "/concerns?status=OPEN&assignee=officer-kari&page=0&size=20", CASE_WORKER, null),
                new Endpoint("GET", id, CASE_WORKER, null),
                new Endpoint("GET", id + "?asOf=2030-01-01T00:00:00Z", CASE_WORKER, null),
                new Endpoint("GET", id + "/history?until=2030-01-01T00:00:00Z", CASE_WORKER, null),
                new Endpoint("GET", id + "/history", CASE_WORKER, null),
                new Endpoint("GET", id + "/access-log", TEAM_LEAD, null),
                new Endpoint("POST", id + "/triage", TEAM_LEAD, Map.of("outcome", "MISGUIDED", "reason", "No concern")),
                new Endpoint("POST", id + "/assign", TEAM_LEAD, Map.of("assignee", "officer-per")),
                new Endpoint("POST", id + "/transfer", TEAM_LEAD, Map.of("district", "VEST", "reason", "Moved")),
                new Endpoint("POST", id + "/raise", CASE_WORKER, Map.of("level", "HIGH", "reason", "Heard more")),
                new Endpoint("POST", id + "/lower", CASE_WORKER, Map.of("level", "LOW", "reason", "Calmer")),
                new Endpoint("POST", id + "/close", CASE_WORKER, Map.of("reason", "Resolved")),
                new Endpoint("POST", id + "/reopen", CASE_WORKER, Map.of("reason", "New information")),
                new Endpoint("POST", erasable + "/erase", TEAM_LEAD, Map.of("ground", "SUBJECT_REQUEST",
                        "reference", "2026/17")),
                new Endpoint("POST", "/erasures", TEAM_LEAD, Map.of("nationalIdentityNumber", nobody,
                        "ground", "NO_LONGER_NEEDED", "reference", "J-2026-9")),
                new Endpoint("GET", "/analytics/statistics?from=2025-01-01&to=2026-01-01&groupBy=year", Roles.ANALYST,
                        null),
                new Endpoint("GET", "/operations/parked-events", Roles.OPERATOR, null),
                new Endpoint("GET", "/operations/projections/analytics-statistics", Roles.OPERATOR, null),
                new Endpoint("GET", "/operations/retention", Roles.OPERATOR, null));
        HostileRequests hostile = new HostileRequests(HostileRequests.seed(), endpoints,
                role -> JwtTestResource.tokenFor("officer-kari", role), JwtTestResource.tokens());

        HostileBarrage.Report report = HostileBarrage.fire(base.toURI(), hostile.generate(1200), CASES);

        System.out.println("case-service: " + report);
        assertThat(report.failures()).isEmpty();
        assertThat(report.byStatus().keySet()).as("refusals of every kind, and requests that passed")
                .contains(200, 201, 400, 401, 403, 404);
    }

    /** Quarkus would find an unreadable Accept only when it writes the answer: after the concern was stored. */
    @Test
    void anAcceptHeaderThatIsNoMediaTypeIsRefusedBeforeTheCommandRuns() throws Exception {
        long before = HostileBarrage.stored(CASES);
        Api.caseWorker().header("Accept", "application/json, garbage").body(Api.concern()).post("/concerns").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("Accept"));
        assertThat(HostileBarrage.stored(CASES)).isEqualTo(before);
    }
}
