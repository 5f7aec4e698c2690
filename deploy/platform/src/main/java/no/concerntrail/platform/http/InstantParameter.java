package no.concerntrail.platform.http;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A moment as a query parameter takes it: ISO-8601 with an offset ({@code 2026-03-01T12:00:00Z},
 * {@code 2026-03-01T13:00:00+01:00}), checked by {@code @Pattern(regexp = PATTERN, message = MESSAGE)} so a word is a
 * 400 naming the parameter (JAX-RS would answer 404), then parsed here.
 */
public final class InstantParameter {

    public static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    public static final String MESSAGE = "must be a moment with its offset, e.g. 2026-03-01T12:00:00Z";

    private InstantParameter() {
    }

    /** The moment; null for null. One that has the shape but does not exist (February 30th) is a 400 too. */
    public static Instant parse(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": " + text + " is not a moment that exists");
        }
    }
}
