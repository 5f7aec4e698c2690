package no.concerntrail.run;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One concern through both services: received in case-service, plannable in conversation-service once the
 * case event has crossed Kafka, a conversation planned and held with outcome LOWERED, and the concern lowered
 * in case-service once the conversation event has crossed back. Times the requests and both crossings.
 */
final class ConversationScenario {

    static final List<String> STEPS = List.of("plan", "held", "conversation");
    static final String KNOWN = "case event → concern plannable in conversation-service";
    static final String LOWERED = "ConversationHeld → concern LOW in case-service";

    private static final Pattern ID = Pattern.compile("\"conversationId\":\"([0-9a-f-]{36})\"");

    private final RestCalls cases;
    private final RestCalls conversations;
    private final String caseWorker;
    private final String teamLead;

    ConversationScenario(HttpClient http, String caseService, String conversationService, String caseWorker,
                         String teamLead) {
        this.cases = new RestCalls(http, caseService);
        this.conversations = new RestCalls(http, conversationService);
        this.caseWorker = caseWorker;
        this.teamLead = teamLead;
    }

    void run(int n, Latencies latencies, Latencies crossings) throws IOException, InterruptedException {
        LocalDate birthDate = LocalDate.now().minusYears(14).minusDays(n % 300);
        String concern = ConcernReceipt.receive(cases, latencies, caseWorker, n, birthDate);
        long received = System.nanoTime();
        String concernId = concern.substring(concern.lastIndexOf('/') + 1);

        String conversationId = planOnceKnown(concernId, latencies);
        crossings.record(KNOWN, System.nanoTime() - received);

        cases.timed(latencies, "triage", teamLead, concern + "/triage", "{\"outcome\":\"ADOPTED\"}", 200);
        cases.timed(latencies, "assign", teamLead, concern + "/assign", "{\"assignee\":\"officer-" + n % 20 + "\"}", 200);
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String heldBody = """
                {"startedAt":"%s","endedAt":"%s","heldBy":{"role":"POLICE_OFFICER","name":"Officer %d"},
                 "guardiansPresent":["Guardian %d"],"rightsNotice":{"givenAt":"%s","givenTo":["SUBJECT","GUARDIANS"]},
                 "purposes":["CLARIFY","OFFER_HELP"],"outcome":"LOWERED","newLevel":"LOW","credibility":"CREDIBLE",
                 "helpNeeds":["LEISURE"],"factors":["school-problems","supportive-parents"],
                 "wayForward":{"measures":[{"description":"Football club","responsible":"Youth worker"}],
                 "followUpDate":"%s"},"note":"Benchmark note %d"}"""
                .formatted(start, start.plus(90, ChronoUnit.MINUTES), n % 20, n, start,
                        LocalDate.now().plusWeeks(3), n);
        holdOnceAssigned(conversationId, heldBody, latencies);
        long held = System.nanoTime();
        cases.awaitBody(caseWorker, concern, "\"level\":\"LOW\"");
        crossings.record(LOWERED, System.nanoTime() - held);
        conversations.timed(latencies, "conversation", caseWorker, "/conversations/" + conversationId, null, 200);
    }

    /** Plans as soon as conversation-service knows the concern: until then it answers concern-must-be-known. */
    private String planOnceKnown(String concernId, Latencies latencies) throws IOException, InterruptedException {
        String plan = """
                {"concernId":"%s","kind":"concern","plannedStart":"%s","place":"Police station",
                 "guardians":[{"name":"Guardian","relation":"mother"}],"mandatory":false}"""
                .formatted(concernId, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        String body = conversations.untilAccepted(latencies, "plan", caseWorker, "/conversations", plan, 201,
                Set.of("concern-must-be-known")).body();
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no conversationId in " + body);
        }
        return id.group(1);
    }

    /** Holds it as soon as conversation-service knows the assignment: until then it answers outcome-fits-concern. */
    private void holdOnceAssigned(String conversationId, String body, Latencies latencies)
            throws IOException, InterruptedException {
        conversations.untilAccepted(latencies, "held", caseWorker, "/conversations/" + conversationId + "/held", body,
                200, Set.of("outcome-fits-concern"));
    }
}
