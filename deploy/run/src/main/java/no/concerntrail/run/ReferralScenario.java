package no.concerntrail.run;

import java.io.IOException;
import java.net.http.HttpClient;
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
        crossings.record(ON_TOPIC, partnerFeed.awaitFirstRecord(referralId, RestCalls.GIVE_UP) - referred);

        String partnerReferral = "/partner/referrals/" + referralId;
        referrals.timed(latencies, "partner read", partner, partnerReferral, null, 200);
        referrals.timed(latencies, "acknowledge", partner, partnerReferral + "/acknowledge", "{}", 200);
        long acknowledged = System.nanoTime();
        cases.awaitBody(caseWorker, concern + "/history", "\"ReferralAcknowledged\"");
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
        String body = referrals.untilAccepted(latencies, "refer", caseWorker, "/referrals", referral, 201,
                NOT_CROSSED_YET).body();
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no referralId in " + body);
        }
        return id.group(1);
    }
}
