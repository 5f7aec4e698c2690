package no.concerntrail.conversations.erasure;

import static no.concerntrail.conversations.api.Api.caseWorker;
import static no.concerntrail.conversations.api.Api.held;
import static no.concerntrail.conversations.api.Api.invitation;
import static no.concerntrail.conversations.api.Api.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.concerntrail.conversations.CaseEventsFeed;
import no.concerntrail.conversations.ConversationServiceInfra;
import no.concerntrail.conversations.api.Api;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.testing.Planted;
import no.concerntrail.testing.ServiceDatabase;
import org.junit.jupiter.api.Test;

/**
 * case-service erases a concern: conversation-service, reading the erasure off the case topic, erases what it holds
 * about it. Every value planted in the concern's conversations is then in no row of any table, another concern's are
 * intact, and the conversations still load, say they are erased and refuse every command by its rule.
 */
@QuarkusTest
@TestProfile(ConversationServiceInfra.class)
class ConcernErasureTest {

    private static final ServiceDatabase CONVERSATIONS = ServiceDatabase.of("conversation-service");
    /** A birth date per concern, none shared with another test's: each concern's own planted value. */
    private static final AtomicInteger DAYS = new AtomicInteger(100 + new Random().nextInt(100));

    /** A concern with three conversations: held, cancelled and still planned, each with planted values. */
    private record Planted3(UUID concernId, String held, String cancelled, String planned, List<String> values) {
    }

    @Test
    void anErasedConcernsPlantedValuesAreInNoRowAndAnotherConcernsAreIntact() throws Exception {
        Planted3 erased = plantedConcern();
        Planted3 kept = plantedConcern();
        assertThat(Planted.foundIn(storedEvents(), erased.values())).as("stored events hold personal data sealed")
                .isEmpty();

        CaseEventsFeed.publish(erased.concernId(), "ConcernErased", "{\"concernId\":\"" + erased.concernId()
                + "\",\"ground\":\"SUBJECT_REQUEST\",\"actor\":\"lead-ola\",\"at\":\"" + Instant.now() + "\"}");
        Api.awaitStatus(erased.concernId(), KnownConcernStatus.ERASED);

        String everything = CONVERSATIONS.everyRow();
        assertThat(Planted.foundIn(everything, erased.values())).as("the erased concern's values").isEmpty();
        assertThat(Planted.foundIn(everything, kept.values())).as("the other concern's values")
                .containsAll(kept.values());
        caseWorker().get("/conversations/{id}", kept.held()).then().statusCode(200)
                .body("erased", equalTo(false)).body("held.note", equalTo(kept.values().get(3)));
    }

    @Test
    void theErasedConcernsConversationsStillLoadSaySoAndRefuseEveryCommand() {
        Planted3 erased = plantedConcern();
        CaseEventsFeed.publish(erased.concernId(), "ConcernErased", "{\"concernId\":\"" + erased.concernId()
                + "\",\"ground\":\"NO_LONGER_NEEDED\",\"actor\":\"lead-ola\",\"at\":\"" + Instant.now() + "\"}");
        Api.awaitStatus(erased.concernId(), KnownConcernStatus.ERASED);

        caseWorker().get("/conversations/{id}", erased.held()).then().statusCode(200)
                .body("erased", equalTo(true)).body("status", equalTo("HELD")).body("place", nullValue())
                .body("guardians", nullValue()).body("held.note", nullValue()).body("held.wayForward", nullValue())
                .body("held.outcome", equalTo("UNCHANGED"));
        caseWorker().get("/conversations/{id}", erased.cancelled()).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("conclusion.reason", nullValue());
        caseWorker().body(Map.of("plannedStart", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                        .toString(), "place", "Elsewhere")).post("/conversations/{id}/rescheduled", erased.planned())
                .then().statusCode(409).body("rule", equalTo("erased-concern-is-final"));
        caseWorker().body(Map.of("reason", "no longer")).post("/conversations/{id}/cancelled", erased.planned())
                .then().statusCode(409).body("rule", equalTo("erased-concern-is-final"));
        caseWorker().body(invitation(erased.concernId(), "concern")).post("/conversations").then().statusCode(409)
                .body("rule", equalTo("erased-concern-is-final"));
    }

    /** A new concern about a minor, with a held, a cancelled and a planned conversation, unique values in each. */
    private static Planted3 plantedConcern() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LocalDate birthDate = LocalDate.now().minusYears(16).minusDays(DAYS.getAndIncrement());
        UUID concernId = Api.openConcern(birthDate);
        List<String> values = List.of("Placename" + unique, "Guardianname" + unique, "Cancelreason" + unique,
                "Heldnote" + unique, "Measuretext" + unique, "Measureowner" + unique, "Presentguardian" + unique,
                birthDate.toString());

        Map<String, Object> plan = new LinkedHashMap<>(invitation(concernId, "concern"));
        plan.put("place", values.get(0));
        plan.put("guardians", List.of(Map.of("name", values.get(1), "relation", "mother")));
        String held = plan(plan);
        Map<String, Object> record = new LinkedHashMap<>(held());
        record.put("note", values.get(3));
        record.put("guardiansPresent", List.of(values.get(6)));
        record.put("wayForward", Map.of("measures", List.of(Map.of("description", values.get(4),
                "responsible", values.get(5))), "followUpDate", LocalDate.now().plusWeeks(3).toString()));
        caseWorker().body(record).post("/conversations/{id}/held", held).then().statusCode(200);
        String cancelled = plan(plan);
        caseWorker().body(Map.of("reason", values.get(2))).post("/conversations/{id}/cancelled", cancelled).then()
                .statusCode(200);
        String planned = plan(plan);
        return new Planted3(concernId, held, cancelled, planned, values);
    }

    private static String storedEvents() throws Exception {
        return String.join("\n", CONVERSATIONS.column("SELECT row_to_json(e)::text FROM domain_event_entry e"))
                + String.join("\n", CONVERSATIONS.column("SELECT row_to_json(s)::text FROM snapshot_event_entry s"));
    }
}
