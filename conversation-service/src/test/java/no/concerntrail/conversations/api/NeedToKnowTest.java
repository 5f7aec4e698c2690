package no.concerntrail.conversations.api;

import static no.concerntrail.conversations.api.Api.CASE_WORKER;
import static no.concerntrail.conversations.api.Api.TEAM_LEAD;
import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.inDistrict;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.minorBirthDate;
import static no.concerntrail.conversations.api.Api.with;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.conversations.CaseEventsFeed;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.conversations.projection.KnownConcerns;
import no.concerntrail.platform.security.NeedToKnow;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know over conversations: they are seen and recorded by whoever may see their concern, by the district and
 * assignee case-service published (the default test tokens are Oslo's).
 */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class NeedToKnowTest {

    private static final String OTHER = "SOR_OST";

    private static RequestSpecification otherDistrictsWorker() {
        return inDistrict(OTHER, "officer-tor", CASE_WORKER);
    }

    /** An open concern of the other district, assigned to one of its officers. */
    private static UUID otherDistrictsConcern() {
        return known(CaseEventsFeed.received(minorBirthDate(), OTHER), "officer-siri");
    }

    private static UUID known(UUID concernId, String assignee) {
        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        CaseEventsFeed.assigned(concernId, assignee);
        KnownConcerns known = Arc.container().instance(KnownConcerns.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> known.belonging(concernId)
                .map(concern -> assignee.equals(concern.assignee())).orElse(false));
        return concernId;
    }

    @Test
    void anotherDistrictsCaseWorkerNeitherPlansNorReadsNorRecords() {
        UUID concernId = otherDistrictsConcern();
        String id = otherDistrictsWorker().body(invitation(concernId, "concern")).post("/conversations").then()
                .statusCode(201).extract().path("conversationId");

        caseWorker().body(invitation(concernId, "concern")).post("/conversations").then().statusCode(403)
                .contentType("application/problem+json").body("rule", equalTo(NeedToKnow.RULE));
        caseWorker().get("/conversations/{id}", id).then().statusCode(403).body("rule", equalTo(NeedToKnow.RULE));
        caseWorker().get("/concerns/{id}/conversations", concernId).then().statusCode(403);
        caseWorker().body(held()).post("/conversations/{id}/held", id).then().statusCode(403);

        otherDistrictsWorker().get("/conversations/{id}", id).then().statusCode(200).body("status", equalTo("PLANNED"))
                .body("version", equalTo(0));
        inDistrict(OTHER, "officer-siri", CASE_WORKER).get("/concerns/{id}/conversations", concernId).then()
                .statusCode(200).body("conversationId", equalTo(List.of(id)));
    }

    @Test
    void aTeamLeadOfAnotherDistrictBreaksTheGlassWithAReason() {
        UUID concernId = otherDistrictsConcern();
        String id = otherDistrictsWorker().body(invitation(concernId, "concern")).post("/conversations").then()
                .statusCode(201).extract().path("conversationId");
        RequestSpecification osloLead = Api.as("lead-ola", TEAM_LEAD);

        osloLead.get("/conversations/{id}", id).then().statusCode(403)
                .body("detail", containsString(NeedToKnow.BREAK_GLASS));
        Api.as("lead-ola", TEAM_LEAD).header(NeedToKnow.BREAK_GLASS, "Joint operation with S%C3%B8r-%C3%98st")
                .get("/conversations/{id}", id).then().statusCode(200);

        inDistrict(OTHER, "lead-sven", TEAM_LEAD).get("/concerns/{id}/conversations/access-log", concernId).then()
                .statusCode(200)
                .body("find { it.action == 'break-glass' }.reason", equalTo("Joint operation with Sør-Øst"))
                .body("find { it.action == 'break-glass' }.actor", equalTo("lead-ola"));
    }

    @Test
    void followUpsListOnlyTheCallersDistrict() {
        UUID concernId = otherDistrictsConcern();
        String id = otherDistrictsWorker().body(invitation(concernId, "concern")).post("/conversations").then()
                .statusCode(201).extract().path("conversationId");
        LocalDate due = LocalDate.now().plusWeeks(2);
        otherDistrictsWorker().body(with(held(), "wayForward", Map.of("measures",
                        List.of(Map.of("description", "Meet the school nurse", "responsible", "Nurse Ada")),
                        "followUpDate", due.toString())))
                .post("/conversations/{id}/held", id).then().statusCode(200);

        otherDistrictsWorker().queryParam("dueBefore", due.plusDays(1).toString()).queryParam("limit", 500)
                .get("/follow-ups").then().statusCode(200).body("conversationId", hasItem(id));
        caseWorker().queryParam("dueBefore", due.plusDays(1).toString()).queryParam("limit", 500)
                .get("/follow-ups").then().statusCode(200).body("conversationId", not(hasItem(id)));
    }

    @Test
    void aConcernFromBeforeDistrictsWerePublishedIsSeenOnlyByItsAssignee() {
        String assignee = "officer-" + UUID.randomUUID();
        UUID concernId = known(CaseEventsFeed.received(minorBirthDate(), null), assignee);

        caseWorker().body(invitation(concernId, "concern")).post("/conversations").then().statusCode(403);
        Api.as(assignee, CASE_WORKER).body(invitation(concernId, "concern")).post("/conversations").then()
                .statusCode(201);
    }
}
