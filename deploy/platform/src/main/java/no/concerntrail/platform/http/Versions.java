package no.concerntrail.platform.http;

import jakarta.ws.rs.core.EntityTag;

/**
 * An aggregate's version is the sequence number of its last event: the ETag of GET, and what a
 * command's If-Match must carry to be applied (Axon's repository then refuses a stale one).
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Null (no precondition) when the header is absent or {@code *}. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidIfMatch(ifMatch);
        }
    }

    public static final class InvalidIfMatch extends RuntimeException {
        InvalidIfMatch(String header) {
            super("If-Match must be an ETag from a GET, e.g. \"3\"; got " + header);
        }
    }
}
