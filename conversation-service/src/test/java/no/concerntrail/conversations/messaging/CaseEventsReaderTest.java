package no.concerntrail.conversations.messaging;

import static no.concerntrail.conversations.api.Api.adultBirthDate;
import static no.concerntrail.conversations.api.Api.awaitKnown;
import static no.concerntrail.conversations.api.Api.awaitStatus;
import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.invitation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.conversations.CaseEventsFeed;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.conversations.projection.KnownConcerns;
import no.concerntrail.platform.security.NeedToKnow;
import org.junit.jupiter.api.Test;

/** conversation-service learns of concerns from concerntrail.case.events: tolerant, in order, each event once. */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class CaseEventsReaderTest {

    private static final String CLOSED = "no.concerntrail.case.ConcernClosed.v1";

    @Inject
    KnownConcerns known;

    @Test
    void aReceivedConcernIsKnownWithItsSubjectsBirthDate() {
        LocalDate birthDate = LocalDate.of(2010, 3, 14);
        UUID concernId = CaseEventsFeed.received(birthDate);
        awaitKnown(concernId);
        assertThat(known.find(concernId)).hasValueSatisfying(concern -> {
            assertThat(concern.status()).isEqualTo(KnownConcernStatus.RECEIVED);
            assertThat(concern.subjectBirthDate()).isEqualTo(birthDate);
        });
    }

    @Test
    void theLevelAndTheAssignmentAreKeptForTheOutcomeRules() {
        UUID concernId = CaseEventsFeed.received(adultBirthDate());
        awaitKnown(concernId);
        assertThat(known.find(concernId)).hasValueSatisfying(c -> {
            assertThat(c.level()).isEqualTo(ConcernLevel.MODERATE);
            assertThat(c.assigned()).isFalse();
        });
        CaseEventsFeed.assigned(concernId);
        CaseEventsFeed.publish(concernId, "ConcernRaised", """
                {"concernId":"%s","from":"MODERATE","to":"HIGH","actor":"officer-kari","at":"%s"}"""
                .formatted(concernId, Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> known.find(concernId)
                .map(c -> c.assigned() && c.level() == ConcernLevel.HIGH).orElse(false));
    }

    @Test
    void aRedeliveredEventTakesNoEffectTwice() {
        UUID concernId = CaseEventsFeed.received(adultBirthDate());
        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        String closing = UUID.randomUUID().toString();
        CaseEventsFeed.publish(concernId, closing, CLOSED, closedBody(concernId));
        awaitStatus(concernId, KnownConcernStatus.CLOSED);
        CaseEventsFeed.reopened(concernId);
        awaitStatus(concernId, KnownConcernStatus.OPEN);

        // Kafka delivers the closing again (a producer retry, a consumer rebalance): it must not close it anew
        CaseEventsFeed.publish(concernId, closing, CLOSED, closedBody(concernId));
        waitUntilConsumed(concernId);
        assertThat(known.find(concernId)).hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(KnownConcernStatus.OPEN));
        caseWorker().body(invitation(concernId, "clarification")).post("/conversations").then().statusCode(201);
    }

    @Test
    void unknownTypesAndFieldsAreTolerated() throws Exception {
        UUID concernId = CaseEventsFeed.received(adultBirthDate());
        CaseEventsFeed.publish(concernId, "ConcernMerged", "{\"concernId\":\"" + concernId + "\",\"into\":\"x\"}");
        CaseEventsFeed.publish(concernId, "ConcernTriaged", """
                {"concernId":"%s","outcome":"ADOPTED","status":"OPEN","priority":"urgent","actor":"lead-ola",
                "at":"%s","extra":{"nested":[1,2,3]}}""".formatted(concernId, Instant.now()));
        awaitStatus(concernId, KnownConcernStatus.OPEN);
        // a new major version may mean anything: it is not read as if it were v1, nor marked as handled
        String v2 = CaseEventsFeed.publish(concernId, UUID.randomUUID().toString(),
                "no.concerntrail.case.ConcernClosed.v2", closedBody(concernId));
        waitUntilConsumed(concernId);
        assertThat(processed(v2)).isFalse();
        caseWorker().body(invitation(concernId, "clarification")).post("/conversations").then().statusCode(201)
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void recordsThatCanNeverBeReadAreSkippedAndTheOthersGoOn() throws Exception {
        UUID concernId = CaseEventsFeed.received(adultBirthDate());
        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        awaitStatus(concernId, KnownConcernStatus.OPEN);
        CaseEventsFeed.publishRaw(concernId, "{\"not\":\"a cloud event\"}");
        CaseEventsFeed.publish(concernId, "ConcernClosed", "not json at all");
        CaseEventsFeed.publish(concernId, "ConcernTriaged", "{\"concernId\":\"" + concernId
                + "\",\"status\":\"SOMETHING_NEW\",\"at\":\"" + Instant.now() + "\"}");
        UUID withoutSubject = UUID.randomUUID();
        CaseEventsFeed.publish(withoutSubject, "ConcernReceived", "{\"concernId\":\"" + withoutSubject
                + "\",\"at\":\"" + Instant.now() + "\"}");

        waitUntilConsumed(concernId);
        assertThat(known.find(concernId)).hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(KnownConcernStatus.OPEN));
        assertThat(known.find(withoutSubject)).isEmpty();
        awaitKnown(CaseEventsFeed.received(adultBirthDate()));
    }

    @Test
    void theDistrictAndTheAssigneeAreKeptForNeedToKnow() throws Exception {
        UUID concernId = CaseEventsFeed.received(adultBirthDate(), "TROMS");
        awaitKnown(concernId);
        assertThat(known.belonging(concernId)).hasValue(new NeedToKnow.Belonging(concernId, "TROMS", null));
        CaseEventsFeed.assigned(concernId, "officer-ina");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                known.belonging(concernId).map(c -> "officer-ina".equals(c.assignee())).orElse(false));

        // a district that is no code, or an assignment to nobody, cannot be stored as need-to-know needs it
        UUID badDistrict = UUID.randomUUID();
        CaseEventsFeed.publish(badDistrict, "ConcernReceived", """
                {"concernId":"%s","district":"'; DROP TABLE known_concern; --","subject":{"birthDate":"2001-01-01"},
                "level":"LOW","at":"%s"}""".formatted(badDistrict, Instant.now()));
        String toNobody = CaseEventsFeed.publish(concernId, "ConcernAssigned", """
                {"concernId":"%s","actor":"lead-ola","at":"%s"}""".formatted(concernId, Instant.now()));
        waitUntilConsumed(concernId);
        assertThat(known.find(badDistrict)).isEmpty();
        assertThat(processed(toNobody)).isFalse();
        assertThat(known.belonging(concernId)).hasValueSatisfying(c -> assertThat(c.district()).isEqualTo("TROMS"));

        // handed to another district: its officers see the conversations from then on
        CaseEventsFeed.publish(concernId, "ConcernTransferred", """
                {"concernId":"%s","from":"TROMS","to":"FINNMARK","actor":"lead-ola","at":"%s"}"""
                .formatted(concernId, Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                known.belonging(concernId).map(c -> "FINNMARK".equals(c.district())).orElse(false));
    }

    @Test
    void anEarlyReopenedWithoutItsStatusReopens() {
        UUID concernId = CaseEventsFeed.received(adultBirthDate());
        CaseEventsFeed.closed(concernId);
        awaitStatus(concernId, KnownConcernStatus.CLOSED);
        CaseEventsFeed.publish(concernId, "ConcernReopened", "{\"concernId\":\"" + concernId
                + "\",\"actor\":\"officer-kari\",\"at\":\"" + Instant.now() + "\"}");
        awaitStatus(concernId, KnownConcernStatus.OPEN);
    }

    /** Publishes a marker after the duplicate on the same key (same partition) and waits until it is applied. */
    private void waitUntilConsumed(UUID concernId) {
        CaseEventsFeed.publish(concernId, "ConcernAssigned", """
                {"concernId":"%s","assignee":"officer-kari","actor":"lead-ola","at":"%s"}""".formatted(concernId, Instant.now()));
        String ceId = CaseEventsFeed.publish(concernId, "ConcernTriaged", """
                {"concernId":"%s","outcome":"ADOPTED","status":"OPEN","actor":"lead-ola","at":"%s"}"""
                .formatted(concernId, Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> processed(ceId));
    }

    @Inject
    javax.sql.DataSource dataSource;

    private boolean processed(String ceId) throws Exception {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT 1 FROM processed_event WHERE ce_id = ?")) {
            select.setString(1, ceId);
            try (var row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String closedBody(UUID concernId) {
        return "{\"concernId\":\"" + concernId + "\",\"actor\":\"officer-kari\",\"at\":\"" + Instant.now() + "\"}";
    }
}
