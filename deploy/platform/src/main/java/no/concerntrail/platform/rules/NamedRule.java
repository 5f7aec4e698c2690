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
}
