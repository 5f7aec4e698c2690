package no.concerntrail.conversations.api;

import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.minorBirthDate;
import static no.concerntrail.conversations.api.Api.adultBirthDate;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static no.concerntrail.conversations.api.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.conversations.ConversationServiceInfra;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class ConversationLifecycleApiTest {

    @Test
    void plansAConversationForAMinorAndReadsItBack() {
        UUID concernId = openConcern(minorBirthDate());
        var created = caseWorker().body(invitation(concernId, "concern")).post("/conversations")
                .then().statusCode(201).extract();
        String id = created.path("conversationId");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/conversations/" + id);
        caseWorker().get("/conversations/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("concernId", equalTo(concernId.toString()))
                .body("kind", equalTo("concern"))
                .body("status", equalTo("PLANNED"))
                .body("mandatory", equalTo(false))
                .body("plannedBy", equalTo("officer-kari"))
                .body("guardians[0].name", equalTo("Kari Nordmann"));
    }

    @Test
    void recordsAHeldConversationWithItsWayForward() {
        UUID concernId = openConcern(minorBirthDate());
        String id = plan(invitation(concernId, "concern"));
        caseWorker().header("If-Match", "\"0\"").body(held()).post("/conversations/{id}/held", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("HELD"))
                .body("held.outcome", equalTo("UNCHANGED"))
                .body("held.credibility", equalTo("PARTLY_CREDIBLE"))
                .body("held.note", equalTo("Protected note: said things in confidence"))
                .body("held.factors.code", containsInAnyOrder("school-problems", "supportive-parents"))
                .body("held.wayForward.measures[0].responsible", equalTo("Youth worker Per"));
    }

    @Test
    void listsAConcernsConversationsInPlannedOrder() {
        UUID concernId = openConcern(adultBirthDate());
        String later = plan(with(invitation(concernId, "clarification"), "plannedStart", inDays(31)));
        String earlier = plan(with(invitation(concernId, "clarification"), "plannedStart", inDays(30)));
        caseWorker().get("/concerns/{id}/conversations", concernId).then().statusCode(200)
                .body("conversationId", contains(earlier, later));
        caseWorker().get("/concerns/{id}/conversations", UUID.randomUUID()).then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPlannedConversationMovesToAnotherTimeAndPlace() {
        UUID concernId = openConcern(adultBirthDate());
        String id = plan(with(invitation(concernId, "clarification"), "plannedStart", inDays(31)));
        String other = plan(with(invitation(concernId, "clarification"), "plannedStart", inDays(32)));
        caseWorker().header("If-Match", "\"0\"")
                .body(Map.of("plannedStart", inDays(33), "place", "Youth club"))
                .post("/conversations/{id}/rescheduled", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("PLANNED"))
                .body("plannedStart", equalTo(inDays(33)))
                .body("place", equalTo("Youth club"));
        caseWorker().get("/concerns/{id}/conversations", concernId).then().body("conversationId", contains(other, id));
    }

    @Test
    void anAdultDeclines() {
        UUID concernId = openConcern(adultBirthDate());
        String id = plan(invitation(concernId, "clarification"));
        caseWorker().body(Map.of("reason", "Does not want to talk to the police"))
                .post("/conversations/{id}/declined", id).then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("conclusion.reason", equalTo("Does not want to talk to the police"))
                .body("conclusion.actor", equalTo("officer-kari"));
    }

    @Test
    void aConversationIsCancelledWithAReason() {
        UUID concernId = openConcern(adultBirthDate());
        String id = plan(invitation(concernId, "clarification"));
        caseWorker().body(Map.of("reason", "The officer is ill")).post("/conversations/{id}/cancelled", id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aSummonedMinorWhoStaysAwayIsANoShow() {
        UUID concernId = openConcern(minorBirthDate());
        String id = plan(with(with(invitation(concernId, "concern"), "mandatory", true),
                "summonsGround", "UNDER_18_PUNISHABLE_ACT"));
        caseWorker().body(Map.of("reason", "Nobody answered the door")).post("/conversations/{id}/no-show", id)
                .then().statusCode(200).body("status", equalTo("NO_SHOW"))
                .body("conclusion.reason", equalTo("Nobody answered the door"));
    }

    @Test
    void aDistrictTemplateFromConfigurationIsAKind() {
        caseWorker().get("/conversation-kinds").then().statusCode(200)
                .body("name", hasItem("oppklaringssamtale"))
                .body("name", hasItem("youth-summons"))
                .body("find { it.name == 'concern' }.maxAge", equalTo(17))
                .body("find { it.name == 'clarification' }.summonsAllowed", equalTo(false));
        UUID concernId = openConcern(LocalDate.now().minusYears(13));
        String id = plan(with(with(invitation(concernId, "youth-summons"), "mandatory", true),
                "summonsGround", "UNDER_15_OTHERWISE_PUNISHABLE_ACT"));
        caseWorker().get("/conversations/{id}", id).then().body("kind", equalTo("youth-summons"))
                .body("summonsGround", equalTo("UNDER_15_OTHERWISE_PUNISHABLE_ACT"));
    }

    @Test
    void theFactorsAreTheConfiguredList() {
        caseWorker().get("/factors").then().statusCode(200)
                .body("find { it.code == 'family-conflict' }.group", equalTo("FAMILY"))
                .body("find { it.code == 'family-conflict' }.type", equalTo("RISK"))
                .body("find { it.code == 'source-criticism' }.group", equalTo("ATTITUDES_TO_VIOLENCE"))
                .body("code", not(hasItem(nullValue())))
                .body("size()", equalTo(34));
    }

    /** A planned time that many days ahead, at 10:00 UTC. */
    private static String inDays(int days) {
        return java.time.LocalDate.now().plusDays(days).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC).toString();
    }
}
