package no.concerntrail.run;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One referral through the three hops it takes: a concern received, adopted and assigned in case-service; referred to
 * child welfare under the duty to notify as soon as referral-service has learnt it over Kafka; read by the agency on
 * its own topic; acknowledged by the agency over REST; and the acknowledgement shown in the concern's history in
 * case-service. Times the requests and the three crossings as a client sees them.
 */
final class ReferralScenario {

    static final String AGENCY = "child-welfare";
    static final List<String> STEPS = List.of("receive", "triage", "assign", "refer", "partner read", "acknowledge");
    static final String REFERABLE = "ConcernAssigned → concern referable in referral-service";
    static final String ON_TOPIC = "referral made → ReferralMade read by the partner";
    static final String IN_HISTORY = "partner's acknowledgement → in the concern's history";
    static final List<String> CROSSINGS = List.of(REFERABLE, ON_TOPIC, IN_HISTORY);
    /** What referral-service answers until the concern and its adoption have crossed Kafka. */
    private static final Set<String> NOT_CROSSED_YET = Set.of("concern-must-be-known", "referral-needs-adopted-concern");

    private static final Pattern ID = Pattern.compile("\"referralId\":\"([0-9a-f-]{36})\"");
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final RestCalls cases;
    private final RestCalls referrals;
    private final PartnerFeedWatch partnerFeed;
    private final String caseWorker;
    private final String teamLead;
    private final String partner;

    ReferralScenario(HttpClient http, String caseService, String referralService, PartnerFeedWatch partnerFeed,
                     String caseWorker, String teamLead, String partner) {
        this.cases = new RestCalls(http, caseService);
        this.referrals = new RestCalls(http, referralService);
        this.partnerFeed = partnerFeed;
        this.caseWorker = caseWorker;
        this.teamLead = teamLead;
        this.partner = partner;
    }

    void run(int n, Latencies latencies, Latencies crossings) throws IOException, InterruptedException {
        LocalDate birthDate = LocalDate.now().minusYears(14).minusDays(n % 300);
        String concern = ConcernReceipt.receive(cases, latencies, caseWorker, n, birthDate);
        String concernId = concern.substring(concern.lastIndexOf('/') + 1);
        cases.timed(latencies, "triage", teamLead, concern + "/triage", "{\"outcome\":\"ADOPTED\"}", 200);
        cases.timed(latencies, "assign", teamLead, concern + "/assign", "{\"assignee\":\"bench-worker\"}", 200);
        long assigned = System.nanoTime();

        String referralId = referOnceKnown(concernId, birthDate, n, latencies);
        long referred = System.nanoTime();
        crossings.record(REFERABLE, referred - assigned);
        crossings.record(ON_TOPIC, partnerFeed.awaitFirstRecord(referralId, GIVE_UP) - referred);

        String partnerReferral = "/partner/referrals/" + referralId;
        referrals.timed(latencies, "partner read", partner, partnerReferral, null, 200);
        referrals.timed(latencies, "acknowledge", partner, partnerReferral + "/acknowledge", "{}", 200);
        long acknowledged = System.nanoTime();
        awaitInHistory(concern, "ReferralAcknowledged");
        crossings.record(IN_HISTORY, System.nanoTime() - acknowledged);
    }

    /** Refers as soon as referral-service knows the adopted concern; times the accepted request only. */
    private String referOnceKnown(String concernId, LocalDate birthDate, int n, Latencies latencies)
            throws IOException, InterruptedException {
        String referral = """
                {"concernId":"%s","agency":"%s","basis":{"kind":"DUTY_TO_NOTIFY","provision":"child-welfare-act-13-2"},
                 "helpNeeds":["EDUCATION","FAMILY"],"message":"Benchmark referral %d",
                 "subject":{"name":"Subject %d","birthDate":"%s","guardians":[{"name":"Guardian %d",
                 "relation":"mother","contact":{"phone":"+47 900 00 000"}}]},
                 "policeContact":{"name":"Officer","phone":"+47 32 00 00 00"}}"""
                .formatted(concernId, AGENCY, n, n, birthDate, n);
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            HttpResponse<String> response = referrals.call(caseWorker, "/referrals", referral);
            if (response.statusCode() == 201) {
                latencies.record("refer", System.nanoTime() - start);
                Matcher id = ID.matcher(response.body());
                if (!id.find()) {
                    throw new IllegalStateException("no referralId in " + response.body());
                }
                return id.group(1);
            }
            if (NOT_CROSSED_YET.stream().noneMatch(response.body()::contains)) {
                throw new IllegalStateException("refer answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("concern " + concernId + " was never referable");
    }

    private void awaitInHistory(String concern, String type) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (cases.call(caseWorker, concern + "/history", null).body().contains("\"" + type + "\"")) {
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(type + " never reached the history of " + concern);
    }
}
