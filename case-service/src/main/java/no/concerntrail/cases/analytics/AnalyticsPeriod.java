package no.concerntrail.cases.analytics;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import no.concerntrail.platform.http.InstantParameter;

/** The period an analyst asks about: from (inclusive) to (exclusive), either end open. */
record AnalyticsPeriod(Instant from, Instant to) {

    /** The parameters {@code from} and {@code to} read; a period that ends before it starts is a bad request. */
    static AnalyticsPeriod of(String from, String to) {
        Instant since = InstantParameter.parse("from", from);
        Instant until = InstantParameter.parse("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new BadRequestException("from: " + from + " is not before to: " + to);
        }
        return new AnalyticsPeriod(since, until);
    }
}
