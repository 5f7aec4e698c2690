package no.concerntrail.cases.api;

import static no.concerntrail.cases.api.Api.caseWorker;
import static no.concerntrail.cases.api.Api.concern;
import static no.concerntrail.cases.api.Api.receive;
import static no.concerntrail.cases.api.Api.teamLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.concerntrail.cases.CaseServiceInfra;
import org.junit.jupiter.api.Test;

/**
 * The reporter is protected: a team lead needs to know who reported (to judge a malicious report, to call back), a
 * case worker only that someone did and how they relate to the person. The concern itself never shows the reporter.
 */
@QuarkusTest
@TestProfile(CaseServiceInfra.class)
class ReporterProtectionTest {

    @Test
    void aCaseWorkerSeesThatThereIsAReporterAndTheRelationNeverWho() {
        String id = receive(concern());
        String history = caseWorker().get("/concerns/{id}/history", id).then().statusCode(200)
                .body("[0].type", equalTo("ConcernReceived"))
                .body("[0].data.reporter.relation", equalTo("teacher"))
                .body("[0].data.reporter.name", nullValue())
                .body("[0].data.reporter.contact", nullValue())
                .extract().asString();
        assertThat(history).doesNotContain("Reporter Hansen", "+47 99 99 99 99");
        caseWorker().get("/concerns/{id}", id).then().statusCode(200).body("reporter", nullValue());
    }

    @Test
    void aTeamLeadSeesWhoReported() {
        String id = receive(concern());
        teamLead().get("/concerns/{id}/history", id).then().statusCode(200)
                .body("[0].data.reporter.name", equalTo("Reporter Hansen"))
                .body("[0].data.reporter.contact", equalTo("+47 99 99 99 99"))
                .body("[0].data.reporter.relation", equalTo("teacher"));
    }
}
