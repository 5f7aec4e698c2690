package no.concerntrail.platform.rules;

/**
 * One named rule of a service's domain. The name is kebab-case and stable: API users see it in the
 * problem+json of a refused request ({@code "rule": "only-minors-may-be-summoned"}). Plain Java, so a
 * domain package can list its rules without any framework.
 *
 * @param name        the rule's stable name
 * @param kind        STATE_CONFLICT (409): the state forbids it now; UNPROCESSABLE (422): the request is wrong
 * @param description the rule in one sentence, for people
 */
public record NamedRule(String name, RuleViolation.Kind kind, String description) {

    public static NamedRule conflict(String name, String description) {
        return new NamedRule(name, RuleViolation.Kind.STATE_CONFLICT, description);
    }

    public static NamedRule unprocessable(String name, String description) {
        return new NamedRule(name, RuleViolation.Kind.UNPROCESSABLE, description);
    }

    /** Refuses the command with this rule unless {@code holds}. */
    public void require(boolean holds, String detail) {
        if (!holds) {
            throw violation(detail);
        }
    }

    public RuleViolation violation(String detail) {
        return new RuleViolation(name, kind, detail);
    }

    /** {@code value}, unless it is missing: then this rule refuses, naming {@code field}. */
    public <T> T present(T value, String field) {
        require(value != null, field + " is required");
        return value;
    }

    /** {@code value}, unless it is missing or blank: then this rule refuses, naming {@code field}. */
    public String text(String value, String field) {
        require(hasText(value), field + " is required and must not be blank");
        return value;
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
