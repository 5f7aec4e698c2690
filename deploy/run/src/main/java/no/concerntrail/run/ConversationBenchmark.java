package no.concerntrail.run;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = Integer.getInteger("conversations", 500);
        int clients = Integer.getInteger("clients", 16);
        int warmup = Integer.getInteger("warmup", 50);
        Path work = Files.createTempDirectory("concerntrail-bench-");

        try (LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(work).start()) {
            ServiceProcess cases = infra.startService(ConcernTrailServices.CASE,
                    ConcernTrailServices.CASE.port() + Benchmarks.PORT_OFFSET,
                    ConcernTrailServices.CASE.managementPort() + Benchmarks.PORT_OFFSET, root, work);
            ServiceProcess conversations = infra.startService(ConcernTrailServices.CONVERSATION,
                    ConcernTrailServices.CONVERSATION.port() + Benchmarks.PORT_OFFSET,
                    ConcernTrailServices.CONVERSATION.managementPort() + Benchmarks.PORT_OFFSET, root, work);
            try {
                cases.awaitReady(Duration.ofSeconds(120));
                conversations.awaitReady(Duration.ofSeconds(120));
                ConversationScenario scenario = new ConversationScenario(HttpClient.newHttpClient(), cases.url(),
                        conversations.url(), infra.tokens().token("bench-worker", Set.of("case-worker")),
                        infra.tokens().token("bench-lead", Set.of("team-lead")));

                Latencies ignored = new Latencies();
                Load.run(warmup, clients, n -> scenario.run(n, ignored, ignored));
                Latencies requests = new Latencies();
                Latencies crossings = new Latencies();
                long start = System.nanoTime();
                Load.run(count, clients, n -> scenario.run(warmup + n, requests, crossings));
                long nanos = System.nanoTime() - start;

                System.out.printf("%n## conversation benchmark: %d concerns, each with a conversation held with outcome "
                        + "LOWERED, %d clients, %d cores%n%n", count, clients, Runtime.getRuntime().availableProcessors());
                System.out.println(requests.table(ConversationScenario.STEPS));
                System.out.println(crossings.table(List.of(ConversationScenario.KNOWN, ConversationScenario.LOWERED))
                        .replace("| operation | requests |", "| crossing (as a client sees it) | count |"));
                System.out.println("| measure | value |\n|---|---:|");
                System.out.printf("| concerns through both services per second | %.1f |%n", count / Load.seconds(nanos));
                System.out.printf("| case-service resident memory after the load | %d MiB |%n",
                        Load.residentMebibytes(cases.pid()));
                System.out.printf("| conversation-service resident memory after the load | %d MiB |%n",
                        Load.residentMebibytes(conversations.pid()));
            } finally {
                conversations.stop();
                cases.stop();
            }
        }
    }
}
