package no.concerntrail.run;

/** {@code mvn -Pbench -DskipTests verify}: the case-service benchmark, then the conversation benchmark, each on a fresh stack. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        CaseServiceBenchmark.main(args);
        ConversationBenchmark.main(args);
    }
}
