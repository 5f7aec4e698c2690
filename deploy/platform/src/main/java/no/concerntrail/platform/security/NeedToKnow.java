package no.concerntrail.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.police.PoliceDistrict;

/**
 * Need-to-know, decided the same way in every service: a caller reads and acts on the concerns of their own police
 * district and those assigned to them. A team lead may open another district's concern by saying why in the
 * {@value #BREAK_GLASS} header (break the glass); the reason goes to the usage log, where the concern's access log
 * shows it. A concern whose district is not known belongs to no district's officers (it fails closed).
 */
@RequestScoped
public class NeedToKnow {

    /** The rule's name in a refusal's problem+json. */
    public static final String RULE = "need-to-know";
    /** A team lead's reason for opening another district's concern: plain text, percent-encoded beyond ASCII. */
    public static final String BREAK_GLASS = "Break-Glass-Reason";
    public static final int MAX_REASON = 500;
    /** The usage log's action for a broken glass; the entry after it says what was then done. */
    public static final String BROKEN_GLASS = "break-glass";

    @Inject
    Caller caller;
    @Inject
    AccessLog accessLog;
    @Inject
    HttpHeaders headers;

    /**
     * Where a concern belongs, as the service knows it.
     *
     * @param district the district's code, null when it is not known
     * @param assignee who the concern is assigned to, null when nobody is
     */
    public record Belonging(UUID concernId, String district, String assignee) {
    }

    /** Lets the request on if the caller may see this concern, recording a broken glass; refuses it otherwise. */
    public void require(Belonging concern) {
        if (ordinary(concern.district(), concern.assignee())) {
            return;
        }
        if (!caller.isTeamLead()) {
            throw new Refused("This concern belongs to another police district and is not assigned to you");
        }
        String reason = breakGlassReason();
        if (reason == null) {
            throw new Refused("This concern belongs to another police district: a team lead may open it by giving "
                    + "the reason in the " + BREAK_GLASS + " header, which is recorded in the usage log");
        }
        accessLog.recordBrokenGlass(caller.subject(), concern.concernId(), reason);
    }

    /** The district a new concern belongs to: the caller's own. */
    public PoliceDistrict receivingDistrict() {
        return caller.district().orElseThrow(() -> new Refused(
                "A concern is received by a police district, and your token names none (claim "
                        + Caller.DISTRICT_CLAIM + ")"));
    }

    /** Whether the caller may see a concern without breaking the glass; for lists, which never break it. */
    public boolean ordinary(String district, String assignee) {
        return district != null && district.equals(callersDistrict()) || caller.subject().equals(assignee);
    }

    /** The caller's district code for a list's filter, null when the token names none. */
    public String callersDistrict() {
        return caller.district().map(Enum::name).orElse(null);
    }

    private String breakGlassReason() {
        String header = headers.getHeaderString(BREAK_GLASS);
        if (header == null) {
            return null;
        }
        String reason;
        try {
            // a '+' is itself, as in RFC 3986, not a space as in a form
            reason = URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            throw new InvalidReason("is not valid percent-encoding");
        }
        if (reason.isEmpty()) {
            throw new InvalidReason("must not be blank");
        } else if (reason.length() > MAX_REASON) {
            throw new InvalidReason("must be at most " + MAX_REASON + " characters");
        } else if (reason.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidReason("must not hold control characters");
        }
        return reason;
    }

    /** The caller may not see or act on this concern (403, naming the rule). */
    public static class Refused extends RuntimeException {
        public Refused(String detail) {
            super(detail);
        }
    }

    /** The break-the-glass header is there but no reason can be read from it (400, naming the header). */
    public static class InvalidReason extends RuntimeException {
        public InvalidReason(String reason) {
            super(reason);
        }
    }
}
