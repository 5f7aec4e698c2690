package no.concerntrail.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.ServiceProcess;

/** One concern's typical life over the REST API, each step timed: what a case worker and a team lead do. */
final class ConcernScenario {

    static final List<String> STEPS = List.of("receive", "triage", "assign", "raise", "lower", "close", "history");
    /** Events one scenario appends (history only reads). */
    static final int EVENTS = 6;

    private final RestCalls cases;
    private final String caseWorker;
    private final String teamLead;

    /** On case-service as it runs beside the stack, as a benchmark's case worker and team lead. */
    static ConcernScenario on(LocalInfrastructure infra, ServiceProcess caseService) {
        return new ConcernScenario(HttpClient.newHttpClient(), caseService.url(),
                BenchmarkSettings.token(infra, "bench-worker", "case-worker"),
                BenchmarkSettings.token(infra, "bench-lead", "team-lead"));
    }

    private ConcernScenario(HttpClient http, String baseUrl, String caseWorker, String teamLead) {
        this.cases = new RestCalls(http, baseUrl);
        this.caseWorker = caseWorker;
        this.teamLead = teamLead;
    }

    void run(int n, Latencies latencies) throws IOException, InterruptedException {
        LocalDate birthDate = LocalDate.of(2008, 1, 1).plusDays(n % 3000);
        String location = send(latencies, "receive", caseWorker, "/concerns", """
                {"source":"SCHOOL","reporter":{"name":"Teacher %d","relation":"teacher"},
                 "subject":{"name":"Subject %d","birthDate":"%s","municipality":"Drammen"},
                 "category":"RADICALISATION","summary":"Benchmark concern %d","level":"MODERATE"}"""
                .formatted(n, n, birthDate, n), 201).headers().firstValue("Location").orElseThrow();
        String concern = URI.create(location).getPath();
        send(latencies, "triage", teamLead, concern + "/triage", "{\"outcome\":\"ADOPTED\"}", 200);
        send(latencies, "assign", teamLead, concern + "/assign", "{\"assignee\":\"officer-" + n % 20 + "\"}", 200);
        send(latencies, "raise", caseWorker, concern + "/raise", "{\"level\":\"HIGH\",\"reason\":\"r\"}", 200);
        send(latencies, "lower", caseWorker, concern + "/lower", "{\"level\":\"LOW\",\"reason\":\"r\"}", 200);
        send(latencies, "close", caseWorker, concern + "/close", "{\"reason\":\"done\"}", 200);
        send(latencies, "history", caseWorker, concern + "/history", null, 200);
    }

    private HttpResponse<String> send(Latencies latencies, String step, String token, String path, String json,
                                      int expected) throws IOException, InterruptedException {
        return cases.timed(latencies, step, token, path, json, expected);
    }
}
