package no.concerntrail.platform.rules;

/**
 * A business or legal rule refused a command. The rule's name travels to the API's problem+json,
 * so a caller learns which rule it broke, not just that something failed.
 */
public class RuleViolation extends RuntimeException {

    /** Whether the rule concerns the current state (409) or the request itself (422). */
    public enum Kind { STATE_CONFLICT, UNPROCESSABLE }

    private final String rule;
    private final Kind kind;

    public RuleViolation(String rule, Kind kind, String detail) {
        super(detail);
        this.rule = rule;
        this.kind = kind;
    }

    public static RuleViolation conflict(String rule, String detail) {
        return new RuleViolation(rule, Kind.STATE_CONFLICT, detail);
    }

    public static RuleViolation unprocessable(String rule, String detail) {
        return new RuleViolation(rule, Kind.UNPROCESSABLE, detail);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }
}
