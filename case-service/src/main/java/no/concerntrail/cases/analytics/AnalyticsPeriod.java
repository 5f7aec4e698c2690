package no.concerntrail.cases.analytics;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.concerntrail.platform.http.InstantParameter;

/** The period an analyst asks about: from (inclusive) to (exclusive), either end open. */
record AnalyticsPeriod(Instant from, Instant to) {

    /** A day, as {@code from} and {@code to} of the statistics take it. */
    static final String DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String DAY_MESSAGE = "must be a day, e.g. 2026-01-01";

    /** Whole days, in Norway: the statistics' periods, so that no two periods differ by a moment's events. */
    record Days(LocalDate from, LocalDate to) {
    }

    /** The parameters {@code from} and {@code to} read; a period that ends before it starts is a bad request. */
    static AnalyticsPeriod of(String from, String to) {
        Instant since = InstantParameter.parse("from", from);
        Instant until = InstantParameter.parse("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new BadRequestException("from: " + from + " is not before to: " + to);
        }
        return new AnalyticsPeriod(since, until);
    }

    /** The days {@code from} and {@code to} read; an unreal day, or a period that ends before it starts, is refused. */
    static Days days(String from, String to) {
        LocalDate since = day("from", from);
        LocalDate until = day("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new BadRequestException("from: " + from + " is not before to: " + to);
        }
        return new Days(since, until);
    }

    private static LocalDate day(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": " + value + " is no day of the calendar");
        }
    }
}
