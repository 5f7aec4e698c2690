package no.concerntrail.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aggregate's version is the sequence number of its last event: the ETag of GET, and what a
 * command's If-Match must carry to be applied (Axon's repository then refuses a stale one).
 */
public final class Versions {

    /** {@code "3"}, as an ETag of GET says it; bare {@code 3} is taken too. */
    private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"|(\\d{1,18})");

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a command's If-Match names; null for {@code *} (the caller says, explicitly, whatever the version).
     * Every command must name one: without the header two people would overwrite each other unawares (428).
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new IfMatchRequired();
        }
        if (ifMatch.trim().equals("*")) {
            return null;
        }
        // If-Match compares strongly (RFC 9110): a weak tag is not a version we can hold a write to; and a version
        // is digits, as the ETag gave them: "+1" or "1.0" are typing errors, not version 1
        Matcher version = VERSION.matcher(ifMatch.trim());
        if (!version.matches()) {
            throw new InvalidIfMatch(ifMatch);
        }
        return Long.parseLong(version.group(1) != null ? version.group(1) : version.group(2));
    }

    /**
     * The If-Match version, checked against the current one before a command is decided, so a caller working
     * from an old version learns that first (412); Axon checks it again at the append. Null for {@code *}.
     */
    public static Long checked(String ifMatch, LongSupplier current) {
        Long expected = expected(ifMatch);
        if (expected != null) {
            require(expected, current.getAsLong());
        }
        return expected;
    }

    /** The caller's If-Match is not the current version: nothing is changed (412). */
    public static void require(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersion(expected, current);
        }
    }

    public static final class StaleVersion extends RuntimeException {
        private final long expected;
        private final long current;

        StaleVersion(long expected, long current) {
            super("Current version is " + current + ", the request expected " + expected
                    + "; read it again and retry");
            this.expected = expected;
            this.current = current;
        }

        public long expected() {
            return expected;
        }

        public long current() {
            return current;
        }
    }

    public static final class IfMatchRequired extends RuntimeException {
        IfMatchRequired() {
            super("A command names the version it changes: send If-Match with the ETag of a GET, e.g. \"3\"");
        }
    }

    public static final class InvalidIfMatch extends RuntimeException {
        InvalidIfMatch(String header) {
            super("If-Match must be an ETag from a GET, e.g. \"3\"; got " + header);
        }
    }
}
