package no.concerntrail.platform.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudEvents type of every ConcernTrail event, {@code no.concerntrail.<producer>.<Name>.v<major>}, spelled
 * here and nowhere else. Within a major version fields are only ever added; a new major version is a new contract.
 *
 * @param producer the publishing service's short name, e.g. {@code case} for case-service
 * @param name     the event's name, e.g. {@code ConcernReceived}
 * @param major    the contract's major version
 */
public record EventType(String producer, String name, int major) {

    private static final String PREFIX = "no.concerntrail.";
    private static final Pattern SCHEME = Pattern.compile("no\\.concerntrail\\.([a-z-]+)\\.([A-Za-z]+)\\.v(\\d{1,9})");

    /** Version 1 of an event: every contract published today. */
    public static EventType v1(String producer, String name) {
        return new EventType(producer, name, 1);
    }

    /** The type in {@code ce_type}, or empty when it does not follow the scheme. */
    public static Optional<EventType> parse(String ceType) {
        Matcher matcher = SCHEME.matcher(ceType == null ? "" : ceType);
        return matcher.matches()
                ? Optional.of(new EventType(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3))))
                : Optional.empty();
    }

    /** E.g. {@code no.concerntrail.case.ConcernReceived.v1}. */
    public String ceType() {
        return PREFIX + producer + "." + name + ".v" + major;
    }

    @Override
    public String toString() {
        return ceType();
    }
}
