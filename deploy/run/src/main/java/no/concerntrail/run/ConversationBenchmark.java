package no.concerntrail.run;

import java.net.http.HttpClient;
import java.util.List;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.ServiceProcess;

/**
 * The choreography under load, on the real stack with both services as their own JVMs: concurrent clients
 * each receive a concern, plan a conversation as soon as conversation-service knows the concern, hold it with
 * outcome LOWERED and wait until case-service has lowered the concern. Prints the request times, how long each
 * crossing of Kafka took as a client sees it, and both services' resident memory, as Markdown for the README.
 * Settings: -Dconversations (default 500), -Dclients (default 16), -Dwarmup (default 50).
 */
public final class ConversationBenchmark {

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.of(args, "conversations", 500, 50);

        try (LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(settings.work()).start()) {
            ServiceProcess cases = settings.start(infra, ConcernTrailServices.CASE);
            ServiceProcess conversations = settings.start(infra, ConcernTrailServices.CONVERSATION);
            try {
                BenchmarkSettings.awaitReady(cases, conversations);
                ConversationScenario scenario = new ConversationScenario(HttpClient.newHttpClient(), cases.url(),
                        conversations.url(), BenchmarkSettings.token(infra, "bench-worker", "case-worker"),
                        BenchmarkSettings.token(infra, "bench-lead", "team-lead"));

                Latencies ignored = new Latencies();
                Latencies requests = new Latencies();
                Latencies crossings = new Latencies();
                long nanos = settings.warmThenMeasure(n -> scenario.run(n, ignored, ignored),
                        n -> scenario.run(n, requests, crossings));

                System.out.printf("%n## conversation benchmark: %d concerns, each with a conversation held with outcome "
                        + "LOWERED, %d clients, %d cores%n%n", settings.count(), settings.clients(),
                        Runtime.getRuntime().availableProcessors());
                System.out.println(requests.table(ConversationScenario.STEPS));
                System.out.println(crossings.crossingTable(List.of(ConversationScenario.KNOWN,
                        ConversationScenario.LOWERED)));
                System.out.println("| measure | value |\n|---|---:|");
                System.out.printf("| concerns through both services per second | %.1f |%n",
                        settings.count() / Load.seconds(nanos));
                Load.printMemory(cases, conversations);
            } finally {
                conversations.stop();
                cases.stop();
            }
        }
    }
}
