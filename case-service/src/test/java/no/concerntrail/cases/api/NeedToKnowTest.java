package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.CASE_WORKER;
import static no.concerntrail.cases.api.Api.TEAM_LEAD;
import static no.concerntrail.cases.api.Api.adopted;
import static no.concerntrail.cases.api.Api.adoptedAndAssigned;
import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.inDistrict;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.CaseServiceInfra;
import no.concerntrail.platform.security.NeedToKnow;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know: a concern belongs to the district that received it (the default test tokens are Oslo's); officers of
 * another district neither see nor change it unless it is assigned to them, and a team lead of another district opens
 * it only by giving a reason, which the usage log keeps.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class NeedToKnowTest {

    private static final String OTHER = "SOR_OST";

    private static RequestSpecification otherDistrictsWorker() {
        return inDistrict(OTHER, "officer-siri", CASE_WORKER);
    }

    private static RequestSpecification otherDistrictsLead() {
        return inDistrict(OTHER, "lead-sven", TEAM_LEAD);
    }

    @Test
    void aConcernBelongsToTheReceivingOfficersDistrict() {
        String oslo = receive(concern());
        String other = otherDistrictsWorker().body(concern()).post("/concerns").then().statusCode(201)
                .body("district", equalTo(OTHER)).extract().path("concernId");

        caseWorker().get("/concerns/{id}", oslo).then().statusCode(200).body("district", equalTo("OSLO"));
        otherDistrictsWorker().get("/concerns/{id}", other).then().statusCode(200);
        caseWorker().get("/concerns/{id}", other).then().statusCode(403);
    }

    @Test
    void anotherDistrictsCaseWorkerNeitherReadsNorChangesIt() {
        String id = adopted(concern());

        for (String path : List.of("/concerns/{id}", "/concerns/{id}/history")) {
            otherDistrictsWorker().get(path, id).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", containsString("need-to-know"))
                    .body("rule", equalTo(NeedToKnow.RULE))
                    .body("detail", not(containsString(NeedToKnow.BREAK_GLASS)));
        }
        otherDistrictsWorker().body(Map.of("level", "HIGH", "reason", "Heard more")).post("/concerns/{id}/raise", id)
                .then().statusCode(403).body("rule", equalTo(NeedToKnow.RULE));
        otherDistrictsWorker().body(Map.of("reason", "Done")).post("/concerns/{id}/close", id).then().statusCode(403);
        // even a reason does not open it for a case worker
        otherDistrictsWorker().header(NeedToKnow.BREAK_GLASS, "I need it").get("/concerns/{id}", id).then()
                .statusCode(403);

        caseWorker().get("/concerns/{id}", id).then().statusCode(200)
                .body("level", equalTo("MODERATE")).body("status", equalTo("OPEN")).body("version", equalTo(1));
        teamLead().get("/concerns/{id}/access-log", id).then().body("actor", not(hasItem("officer-siri")));
    }

    @Test
    void aConcernAssignedToAnOfficerOfAnotherDistrictIsTheirsToWorkOn() {
        String id = adopted(concern());
        teamLead().body(Map.of("assignee", "officer-siri")).post("/concerns/{id}/assign", id).then().statusCode(200);

        otherDistrictsWorker().get("/concerns/{id}", id).then().statusCode(200);
        otherDistrictsWorker().body(Map.of("level", "HIGH", "reason", "Heard more")).post("/concerns/{id}/raise", id)
                .then().statusCode(200).body("level", equalTo("HIGH"));
        otherDistrictsWorker().queryParam("assignee", "officer-siri").get("/concerns").then().statusCode(200)
                .body("items.concernId", hasItem(id));
        // the other officers of that district still do not see it
        inDistrict(OTHER, "officer-tor", CASE_WORKER).get("/concerns/{id}", id).then().statusCode(403);
    }

    @Test
    void listsShowOnlyTheCallersDistrictAndWhatIsAssignedToThem() {
        String oslo = adoptedAndAssigned();
        String other = otherDistrictsWorker().body(concern()).post("/concerns").then().statusCode(201)
                .extract().path("concernId");

        caseWorker().queryParam("size", 100).get("/concerns").then().statusCode(200)
                .body("items.concernId", hasItem(oslo)).body("items.concernId", not(hasItem(other)))
                .body("items.findAll { it.district != 'OSLO' && it.assignee != 'officer-kari' }.size()", equalTo(0));
        otherDistrictsLead().queryParam("size", 100).get("/concerns").then().statusCode(200)
                .body("items.concernId", hasItem(other)).body("items.concernId", not(hasItem(oslo)));
    }

    @Test
    void anotherDistrictsTeamLeadBreaksTheGlassWithAReasonTheUsageLogKeeps() {
        String id = adoptedAndAssigned();

        otherDistrictsLead().get("/concerns/{id}", id).then().statusCode(403)
                .body("rule", equalTo(NeedToKnow.RULE)).body("detail", containsString(NeedToKnow.BREAK_GLASS));

        String reason = "Subject moved to Sør-Øst; threat against a school here (case 24-1137)";
        otherDistrictsLead().header(NeedToKnow.BREAK_GLASS, URLEncoder.encode(reason, StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .get("/concerns/{id}", id).then().statusCode(200).body("concernId", equalTo(id));
        otherDistrictsLead().header(NeedToKnow.BREAK_GLASS, "Coordinating with Oslo")
                .body(Map.of("level", "HIGH", "reason", "Threat confirmed")).post("/concerns/{id}/raise", id)
                .then().statusCode(200).body("level", equalTo("HIGH"));

        teamLead().get("/concerns/{id}/access-log", id).then().statusCode(200)
                .body("findAll { it.action == 'break-glass' }.reason", equalTo(List.of(reason, "Coordinating with Oslo")))
                .body("findAll { it.action == 'break-glass' }.actor", equalTo(List.of("lead-sven", "lead-sven")))
                .body("find { it.action == 'concern.read' }.actor", equalTo("lead-sven"))
                .body("find { it.action == 'concern.read' }.reason", nullValue());
        // the glass is broken per concern: a list shows only the lead's own district
        otherDistrictsLead().header(NeedToKnow.BREAK_GLASS, "all of them").queryParam("size", 100)
                .get("/concerns").then().body("items.concernId", not(hasItem(id)));
    }

    @Test
    void aReasonThatCannotBeReadIsA400NamingTheHeader() {
        String id = receive(concern());
        for (String unreadable : List.of("   ", "%zz", "%0A", "x".repeat(NeedToKnow.MAX_REASON + 1))) {
            otherDistrictsLead().header(NeedToKnow.BREAK_GLASS, unreadable).get("/concerns/{id}", id).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(NeedToKnow.BREAK_GLASS));
        }
        teamLead().get("/concerns/{id}/access-log", id).then().body("action", not(hasItem("break-glass")));
    }

    @Test
    void aTokenWithoutADistrictReceivesNothingAndSeesOnlyWhatIsAssignedToIt() {
        String subject = "officer-" + UUID.randomUUID();
        inDistrict(null, subject, CASE_WORKER).body(concern()).post("/concerns").then().statusCode(403)
                .body("rule", equalTo(NeedToKnow.RULE)).body("detail", containsString("district"));
        inDistrict("ATLANTIS", subject, CASE_WORKER).body(concern()).post("/concerns").then().statusCode(403);

        String id = adopted(concern());
        inDistrict(null, subject, CASE_WORKER).get("/concerns/{id}", id).then().statusCode(403);
        teamLead().body(Map.of("assignee", subject)).post("/concerns/{id}/assign", id).then().statusCode(200);
        inDistrict(null, subject, CASE_WORKER).get("/concerns/{id}", id).then().statusCode(200);
        inDistrict(null, subject, CASE_WORKER).get("/concerns").then().statusCode(200)
                .body("items.concernId", equalTo(List.of(id)));
    }

    @Test
    void aTeamLeadHandsAConcernToAnotherDistrictWhoseOfficersSeeItFromThenOn() {
        String id = adoptedAndAssigned();
        Api.teamLead().body(Map.of("district", OTHER, "reason", "The family moved to Drammen"))
                .post("/concerns/{id}/transfer", id).then().statusCode(200).body("district", equalTo(OTHER));

        otherDistrictsWorker().get("/concerns/{id}", id).then().statusCode(200);
        inDistrict("OSLO", "officer-per", CASE_WORKER).get("/concerns/{id}", id).then().statusCode(403);
        // its assignee keeps it, until a team lead of the new district assigns someone of their own
        caseWorker().get("/concerns/{id}", id).then().statusCode(200);
        otherDistrictsLead().get("/concerns/{id}/history", id).then().statusCode(200)
                .body("find { it.type == 'ConcernTransferred' }.data.to", equalTo(OTHER));

        // only a team lead hands it on, and to another district, saying why
        otherDistrictsWorker().body(Map.of("district", "VEST", "reason", "r")).post("/concerns/{id}/transfer", id)
                .then().statusCode(403);
        otherDistrictsLead().body(Map.of("district", OTHER, "reason", "again")).post("/concerns/{id}/transfer", id)
                .then().statusCode(409).body("rule", equalTo("transfer-must-change-district"));
        otherDistrictsLead().body(Map.of("district", "VEST")).post("/concerns/{id}/transfer", id)
                .then().statusCode(422).body("rule", equalTo("transfer-needs-reason"));
        otherDistrictsLead().body(Map.of("district", "ATLANTIS", "reason", "r")).post("/concerns/{id}/transfer", id)
                .then().statusCode(400);
    }
}
