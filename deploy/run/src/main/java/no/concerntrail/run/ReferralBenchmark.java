package no.concerntrail.run;

import java.net.http.HttpClient;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.KafkaTopology;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.ServiceProcess;

/**
 * Referrals under load, on the real stack with case-service and referral-service as their own JVMs and a partner
 * agency reading its topic with its own login: concurrent clients each take a concern to a referral, the agency sees
 * it on its topic and acknowledges it over REST, and case-service shows that in the concern's history. Prints the
 * request times, the crossings as a client sees them and the services' resident memory, as Markdown for the README.
 * Settings: -Dreferrals (default 500), -Dclients (default 16), -Dwarmup (default 50).
 */
public final class ReferralBenchmark {

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.of(args, "referrals", 500, 50);

        try (LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(settings.work()).start()) {
            ServiceProcess cases = settings.start(infra, ConcernTrailServices.CASE);
            ServiceProcess referrals = settings.start(infra, ConcernTrailServices.REFERRAL);
            try (PartnerFeedWatch partnerFeed = new PartnerFeedWatch(
                    infra.kafka().clientProperties(KafkaTopology.partnerPrincipal(ReferralScenario.AGENCY)),
                    KafkaTopology.partnerReferralsTopic(ReferralScenario.AGENCY))) {
                BenchmarkSettings.awaitReady(cases, referrals);
                ReferralScenario scenario = new ReferralScenario(HttpClient.newHttpClient(), cases.url(),
                        referrals.url(), partnerFeed, BenchmarkSettings.token(infra, "bench-worker", "case-worker"),
                        BenchmarkSettings.token(infra, "bench-lead", "team-lead"), BenchmarkSettings.token(infra,
                        "bench-" + ReferralScenario.AGENCY, "partner:" + ReferralScenario.AGENCY));

                Latencies ignored = new Latencies();
                Latencies requests = new Latencies();
                Latencies crossings = new Latencies();
                long nanos = settings.warmThenMeasure(n -> scenario.run(n, ignored, ignored),
                        n -> scenario.run(n, requests, crossings));

                System.out.printf("%n## referral benchmark: %d concerns referred to %s and acknowledged, %d clients, "
                        + "%d cores%n%n", settings.count(), ReferralScenario.AGENCY, settings.clients(),
                        Runtime.getRuntime().availableProcessors());
                System.out.println(requests.table(ReferralScenario.STEPS));
                System.out.println(crossings.crossingTable(ReferralScenario.CROSSINGS));
                System.out.println("| measure | value |\n|---|---:|");
                System.out.printf("| referrals made and acknowledged per second | %.1f |%n", settings.count() / Load.seconds(nanos));
                Load.printMemory(cases, referrals);
            } finally {
                referrals.stop();
                cases.stop();
            }
        }
    }
}
