package no.concerntrail.testing;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Unique values a test planted in personal fields, looked for in raw bytes: as text, and as the hex that PostgreSQL
 * shows a bytea column in (an event's payload), so that neither a read model nor a stored event can hide one.
 */
public final class Planted {

    private Planted() {
    }

    /** The planted values {@code raw} contains, in plain text or in hex; empty when none. */
    public static List<String> foundIn(String raw, Collection<String> values) {
        String lower = raw.toLowerCase();
        return values.stream().filter(value -> raw.contains(value)
                || lower.contains(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)))).toList();
    }
}
