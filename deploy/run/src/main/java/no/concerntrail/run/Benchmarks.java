package no.concerntrail.run;

/**
 * {@code mvn -Pbench -DskipTests verify}: the case-service benchmark, the conversation benchmark, the referral
 * benchmark, then the rebuild of a projection by replay, each on a fresh stack.
 */
public final class Benchmarks {

    /** Beside a running local stack: each service on its own port + 100. */
    static final int PORT_OFFSET = 100;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        CaseServiceBenchmark.main(args);
        ConversationBenchmark.main(args);
        ReferralBenchmark.main(args);
        RebuildBenchmark.main(args);
    }
}
