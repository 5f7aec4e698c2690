package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.concerntrail.e2e.ConcernLoad.Chaos;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A held conversation whose outcome LOWERED its concern changes the concern in case-service exactly once, though
 * case-service, and then the broker, are killed with SIGKILL while such conversations are being held and consumed:
 * Kafka delivers at least once, and case-service claims each ce_id in the transaction that applies it.
 */
class CrossServiceEffectsAcrossCrashesTest {

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    /** Conversations held around each crash. */
    private static final int PER_CRASH = 12;

    private record Planned(String concernId, String conversationId) {
    }

    @Test
    void aConversationThatLoweredItsConcernLowersItOnceThoughCaseServiceAndTheBrokerDieAroundIt() throws Exception {
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < 2 * PER_CRASH; i++) {
            planned.add(plan());
        }
        awaitAssignmentsKnown(planned);

        try (TopicWatcher outcomes = TopicWatcher.watch(SERVICES.kafkaClient("case-service"),
                ConcernTrailServices.CONVERSATION_EVENTS)) {
            holdAround(planned.subList(0, PER_CRASH), () -> {
                SERVICES.kill(ConcernTrailServices.CASE);
                SERVICES.restart(ConcernTrailServices.CASE);
            });
            holdAround(planned.subList(PER_CRASH, 2 * PER_CRASH), () -> {
                SERVICES.killBroker();
                Thread.sleep(2_000);
                SERVICES.restartBroker();
            });

            for (Planned one : planned) {
                JsonPath history = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(
                        () -> cases("officer-kari", "case-worker").get("/concerns/{id}/history", one.concernId())
                                .then().statusCode(200).extract().jsonPath(),
                        entries -> entries.getList("type").contains("ConcernLowered"));
                assertThat(history.getList("findAll { it.type == 'ConcernLowered' }.data.causeConversationId"))
                        .as("the lowerings of concern %s", one.concernId()).containsExactly(one.conversationId());
                assertThat(history.getList("findAll { it.source == 'conversation-service' }.type", String.class))
                        .as("the conversation in concern %s's history", one.concernId())
                        .containsExactly("ConversationPlanned", "ConversationHeld");
                assertThat(history.getList("findAll { it.refusedRule != null }")).isEmpty();
            }
            Set<String> ceIds = new HashSet<>();
            long held = outcomes.seen().stream().filter(seen -> seen.type().equals("ConversationHeld")).count();
            outcomes.seen().forEach(seen -> ceIds.add(seen.ceId()));
            System.out.printf("%ncross-service effects across crashes (case-service, then the broker, SIGKILL):%n"
                            + "  conversations held %d, concerns lowered once each %d, ConversationHeld records %d, "
                            + "conversation records delivered twice %d (applied once)%n%n",
                    planned.size(), planned.size(), held, outcomes.seen().size() - ceIds.size());
        }
    }

    /** Holds the conversations one after another, with {@code chaos} after the first third. */
    private static void holdAround(List<Planned> conversations, Chaos chaos) throws Exception {
        int third = conversations.size() / 3;
        for (int i = 0; i < conversations.size(); i++) {
            if (i == third) {
                chaos.run();
            }
            hold(conversations.get(i).conversationId());
            Thread.sleep(150);
        }
    }

    /** A concern adopted and assigned, and a concern conversation planned about it. */
    private static Planned plan() {
        String concernId = Journeys.assignedConcern(SERVICES);
        return new Planned(concernId, Journeys.plannedConversation(SERVICES, concernId));
    }

    private static void hold(String conversationId) {
        Journeys.conversations(SERVICES).header("If-Match", "\"0\"")
                .body(Journeys.heldLowering("CREDIBLE", "Agreed to meet the youth worker"))
                .post("/conversations/{id}/held", conversationId).then().statusCode(200);
    }

    /** Until the assignments have crossed, conversation-service would refuse the outcome (outcome-fits-concern). */
    private static void awaitAssignmentsKnown(List<Planned> planned) {
        LocalPostgres.Database database = SERVICES.database(ConcernTrailServices.CONVERSATION);
        String[] ids = planned.stream().map(Planned::concernId).toArray(String[]::new);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                    database.password());
                 PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM known_concern"
                         + " WHERE concern_id::text = ANY (?) AND assignee = ?")) {
                count.setArray(1, connection.createArrayOf("text", ids));
                count.setString(2, Journeys.OFFICER);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1) == ids.length;
                }
            }
        });
    }

    private static RequestSpecification cases(String subject, String role) {
        return Journeys.cases(SERVICES, subject, role);
    }
}
