package no.concerntrail.run;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

/** How the cross-service scenarios start: a school's concern about a young person, received in case-service. */
final class ConcernReceipt {

    private ConcernReceipt() {
    }

    /** Receives concern number {@code n} about a person born on {@code birthDate}, timed as "receive"; its path. */
    static String receive(RestCalls cases, Latencies latencies, String caseWorker, int n, LocalDate birthDate)
            throws IOException, InterruptedException {
        String location = cases.timed(latencies, "receive", caseWorker, "/concerns", """
                {"source":"SCHOOL","subject":{"name":"Subject %d","birthDate":"%s","municipality":"Drammen"},
                 "category":"RADICALISATION","summary":"Benchmark concern %d","level":"MODERATE"}"""
                .formatted(n, birthDate, n), 201).headers().firstValue("Location").orElseThrow();
        return URI.create(location).getPath();
    }
}
