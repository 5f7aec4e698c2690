package no.concerntrail.cases.domain;

import no.concerntrail.platform.rules.RuleViolation;

/**
 * One named rule of concern work. The name is kebab-case and stable: API users see it in the
 * problem+json of a refused request ({@code "rule": "raise-must-go-higher"}).
 *
 * @param name        the rule's stable name
 * @param kind        STATE_CONFLICT (409): the concern's state forbids it now;
 *                    UNPROCESSABLE (422): the request itself is wrong
 * @param description the rule in one sentence, for people
 */
public record ConcernPolicy(String name, RuleViolation.Kind kind, String description) {

    static ConcernPolicy conflict(String name, String description) {
        return new ConcernPolicy(name, RuleViolation.Kind.STATE_CONFLICT, description);
    }

    static ConcernPolicy unprocessable(String name, String description) {
        return new ConcernPolicy(name, RuleViolation.Kind.UNPROCESSABLE, description);
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
