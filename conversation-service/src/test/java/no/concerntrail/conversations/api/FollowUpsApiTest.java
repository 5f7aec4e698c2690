package no.concerntrail.conversations.api;

import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.minorBirthDate;
import static no.concerntrail.conversations.api.Api.openConcern;
import static no.concerntrail.conversations.api.Api.plan;
import static no.concerntrail.conversations.api.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.conversations.CaseEventsFeed;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import org.junit.jupiter.api.Test;

/**
 * GET /follow-ups: what was agreed and is due, until a later conversation follows it up. The table is shared by every
 * test of the JVM and the list is cut at its limit, overdue first: so each "no longer due" is shown due first, and
 * beside a follow-up of the test's own that is due later and still listed (were the cut the reason, it would be gone
 * first).
 */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class FollowUpsApiTest {

    private static final LocalDate IN_THREE_WEEKS = LocalDate.now().plusWeeks(3);

    @Test
    void anAgreedFollowUpIsDueOnItsDate() {
        String id = holdWithFollowUp(openConcern(minorBirthDate()), IN_THREE_WEEKS);
        dueBefore(IN_THREE_WEEKS.plusDays(1)).body("conversationId", hasItem(id))
                .body("find { it.conversationId == '" + id + "' }.measures[0].responsible", equalTo("Youth worker Per"))
                .body("find { it.conversationId == '" + id + "' }.dueDate", equalTo(IN_THREE_WEEKS.toString()));
        dueBefore(IN_THREE_WEEKS).body("conversationId", not(hasItem(id)));
    }

    @Test
    void aLaterHeldConversationMeetsTheFollowUp() {
        UUID concernId = openConcern(minorBirthDate());
        String first = holdWithFollowUp(concernId, IN_THREE_WEEKS);
        String control = holdWithFollowUp(openConcern(minorBirthDate()), IN_THREE_WEEKS.plusDays(1));
        dueBefore(IN_THREE_WEEKS.plusDays(2)).body("conversationId", hasItems(first, control));
        String second = plan(invitation(concernId, "follow-up"));
        Map<String, Object> later = with(held(), "wayForward", Map.of("measures", List.of()));
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        later = with(with(later, "startedAt", start.toString()), "endedAt", start.plusSeconds(300).toString());
        later = with(later, "rightsNotice", Map.of("givenAt", start.toString(), "givenTo", List.of("SUBJECT", "GUARDIANS")));
        caseWorker().body(later).post("/conversations/{id}/held", second).then().statusCode(200);
        dueBefore(IN_THREE_WEEKS.plusDays(2)).body("conversationId", not(hasItem(first)))
                .body("conversationId", hasItem(control));
    }

    @Test
    void aLaterConversationRecordedFirstStillMeetsTheFollowUp() {
        UUID concernId = openConcern(minorBirthDate());
        String earlier = plan(invitation(concernId, "concern"));
        String later = plan(invitation(concernId, "follow-up"));
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> laterHeld = with(with(with(held(), "startedAt", start.toString()),
                "endedAt", start.plusSeconds(300).toString()), "rightsNotice",
                Map.of("givenAt", start.toString(), "givenTo", List.of("SUBJECT", "GUARDIANS")));
        caseWorker().body(with(laterHeld, "wayForward", Map.of("measures", List.of())))
                .post("/conversations/{id}/held", later).then().statusCode(200);
        // the earlier conversation (two hours ago) is recorded afterwards, with its follow-up, which is met already
        String control = holdWithFollowUp(openConcern(minorBirthDate()), IN_THREE_WEEKS.plusDays(1));
        caseWorker().body(held()).post("/conversations/{id}/held", earlier).then().statusCode(200);
        dueBefore(IN_THREE_WEEKS.plusDays(2)).body("conversationId", not(hasItem(earlier)))
                .body("conversationId", hasItem(control));
    }

    @Test
    void aClosedConcernHasNothingDue() {
        UUID concernId = openConcern(minorBirthDate());
        String id = holdWithFollowUp(concernId, IN_THREE_WEEKS);
        String control = holdWithFollowUp(openConcern(minorBirthDate()), IN_THREE_WEEKS.plusDays(1));
        dueBefore(IN_THREE_WEEKS.plusDays(2)).body("conversationId", hasItems(id, control));
        CaseEventsFeed.closed(concernId);
        Api.awaitStatus(concernId, KnownConcernStatus.CLOSED);
        dueBefore(IN_THREE_WEEKS.plusDays(2)).body("conversationId", not(hasItem(id)))
                .body("conversationId", hasItem(control));
    }

    @Test
    void withoutADateWhatIsDueUpToTodayIsListed() {
        String today = holdWithFollowUp(openConcern(minorBirthDate()), LocalDate.now());
        String later = holdWithFollowUp(openConcern(minorBirthDate()), IN_THREE_WEEKS);
        caseWorker().get("/follow-ups").then().statusCode(200)
                .body("conversationId", hasItem(today))
                .body("conversationId", not(hasItem(later)));
    }

    /**
     * Overdue first, and the limit cuts from the end. The test's own follow-ups are due decades ago (conversations
     * with an adult, recorded late), so nothing another test made is due before them.
     */
    @Test
    void theMostOverdueComeFirstAndTheLimitCutsTheLeastOverdue() {
        LocalDate longAgo = LocalDate.now().minusYears(40);
        // three people: a later conversation with the same person would meet the earlier follow-up
        String third = holdLongAgo(openConcern(LocalDate.now().minusYears(70)), longAgo.plusDays(2));
        String first = holdLongAgo(openConcern(LocalDate.now().minusYears(70)), longAgo);
        String second = holdLongAgo(openConcern(LocalDate.now().minusYears(70)), longAgo.plusDays(1));

        // due the day after each was held; dueBefore is exclusive
        caseWorker().queryParam("dueBefore", longAgo.plusDays(4).toString()).queryParam("limit", 3).get("/follow-ups")
                .then().statusCode(200).body("conversationId", contains(first, second, third))
                .body("dueDate", contains(longAgo.plusDays(1).toString(), longAgo.plusDays(2).toString(),
                        longAgo.plusDays(3).toString()));
        caseWorker().queryParam("dueBefore", longAgo.plusDays(4).toString()).queryParam("limit", 2).get("/follow-ups")
                .then().statusCode(200).body("conversationId", contains(first, second));
        caseWorker().queryParam("dueBefore", longAgo.plusDays(2).toString()).queryParam("limit", 3).get("/follow-ups")
                .then().statusCode(200).body("conversationId", contains(first));
    }

    @Test
    void aMalformedDateIsABadRequest() {
        caseWorker().queryParam("dueBefore", "next week").get("/follow-ups").then().statusCode(400)
                .contentType("application/problem+json");
        caseWorker().queryParam("dueBefore", "2026-02-30").get("/follow-ups").then().statusCode(400)
                .contentType("application/problem+json");
        caseWorker().queryParam("limit", "many").get("/follow-ups").then().statusCode(400)
                .contentType("application/problem+json");
        caseWorker().queryParam("limit", "0").get("/follow-ups").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String holdWithFollowUp(UUID concernId, LocalDate followUpDate) {
        String id = plan(invitation(concernId, "concern"));
        Map<String, Object> body = with(held(), "wayForward", Map.of(
                "measures", List.of(Map.of("description", "Join the football club", "responsible", "Youth worker Per")),
                "followUpDate", followUpDate.toString()));
        caseWorker().body(body).post("/conversations/{id}/held", id).then().statusCode(200);
        return id;
    }

    /** A conversation with an adult held on {@code day}, its follow-up due the day after. */
    private static String holdLongAgo(UUID concernId, LocalDate day) {
        Instant start = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        String id = plan(with(invitation(concernId, "clarification"), "plannedStart", start.toString()));
        Map<String, Object> body = with(with(with(held(), "startedAt", start.toString()),
                "endedAt", start.plus(90, ChronoUnit.MINUTES).toString()),
                "rightsNotice", Map.of("givenAt", start.toString(), "givenTo", List.of("SUBJECT")));
        body = with(with(body, "guardiansPresent", List.of()), "wayForward", Map.of(
                "measures", List.of(Map.of("description", "Meet the job centre", "responsible", "Nav")),
                "followUpDate", day.plusDays(1).toString()));
        caseWorker().body(body).post("/conversations/{id}/held", id).then().statusCode(200);
        return id;
    }

    private static io.restassured.response.ValidatableResponse dueBefore(LocalDate day) {
        return caseWorker().queryParam("dueBefore", day.toString()).queryParam("limit", 500).get("/follow-ups")
                .then().statusCode(200);
    }
}
