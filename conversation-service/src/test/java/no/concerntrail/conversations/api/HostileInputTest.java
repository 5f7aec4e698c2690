package no.concerntrail.conversations.api;

import static no.concerntrail.conversations.api.Api.CASE_WORKER;
import static no.concerntrail.conversations.api.Api.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.testing.HostileBarrage;
import no.concerntrail.testing.HostileRequests;
import no.concerntrail.testing.HostileRequests.Endpoint;
import no.concerntrail.testing.JwtTestResource;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/** Over every endpoint, 1,200 generated hostile requests: never a 5xx, and nothing stored by one that is refused. */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class HostileInputTest {

    private static final ServiceDatabase CONVERSATIONS = ServiceDatabase.of("conversation-service");

    @TestHTTPResource("/")
    URL base;

    @Test
    void hostileRequestsGetNoServerErrorAndThoseRefusedStoreNothing() throws Exception {
        UUID concernId = Api.openConcern(Api.minorBirthDate());
        String id = "/conversations/" + Api.plan(Api.invitation(concernId, "concern"));
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/conversations", CASE_WORKER, Api.invitation(concernId, "concern")),
                new Endpoint("GET", id, CASE_WORKER, null),
                new Endpoint("POST", id + "/rescheduled", CASE_WORKER,
                        Map.of("plannedStart", tomorrow, "place", "Drammen police station")),
                new Endpoint("POST", id + "/held", CASE_WORKER, Api.held()),
                new Endpoint("POST", id + "/declined", CASE_WORKER, Map.of("reason", "Does not want to talk")),
                new Endpoint("POST", id + "/cancelled", CASE_WORKER, Map.of("reason", "Moved away")),
                new Endpoint("POST", id + "/no-show", CASE_WORKER, Map.of("reason", "Did not come")),
                new Endpoint("GET", "/concerns/" + concernId + "/conversations", CASE_WORKER, null),
                new Endpoint("GET", "/concerns/" + concernId + "/conversations/access-log", TEAM_LEAD, null),
                new Endpoint("GET", "/follow-ups?dueBefore=" + LocalDate.now().plusWeeks(4) + "&limit=100",
                        CASE_WORKER, null),
                new Endpoint("GET", "/conversation-kinds", CASE_WORKER, null),
                new Endpoint("GET", "/factors", CASE_WORKER, null),
                new Endpoint("GET", "/operations/parked-events", Roles.OPERATOR, null));
        HostileRequests hostile = new HostileRequests(HostileRequests.seed(), endpoints,
                role -> JwtTestResource.tokenFor("officer-kari", role), JwtTestResource.tokens());

        HostileBarrage.Report report = HostileBarrage.fire(base.toURI(), hostile.generate(1200), CONVERSATIONS);

        System.out.println("conversation-service: " + report);
        assertThat(report.failures()).isEmpty();
        assertThat(report.byStatus().keySet()).as("refusals of every kind, and requests that passed")
                .contains(200, 201, 400, 401, 403, 404);
    }
}
