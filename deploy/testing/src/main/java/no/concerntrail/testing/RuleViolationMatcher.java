package no.concerntrail.testing;

import no.concerntrail.platform.rules.NamedRule;
import no.concerntrail.platform.rules.RuleBook;
import no.concerntrail.platform.rules.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Matches a {@link RuleViolation} of the named rule, with the kind (409 or 422) that the service's {@link RuleBook}
 * declares for it and a detail for the user. Tests name rules as literal strings on purpose: the names are part of
 * the API, and renaming one must break a test.
 */
public final class RuleViolationMatcher extends TypeSafeDiagnosingMatcher<RuleViolation> {

    private final RuleBook rules;
    private final String rule;

    private RuleViolationMatcher(RuleBook rules, String rule) {
        this.rules = rules;
        this.rule = rule;
    }

    /** E.g. {@code expectException(violates(ConcernPolicies.RULES, "raise-must-go-higher"))}. */
    public static Matcher<RuleViolation> violates(RuleBook rules, String rule) {
        return new RuleViolationMatcher(rules, rule);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation, Description mismatch) {
        if (!rule.equals(violation.rule())) {
            mismatch.appendText("violated ").appendValue(violation.rule())
                    .appendText(": ").appendValue(violation.getMessage());
            return false;
        }
        NamedRule declared = rules.named(rule).orElse(null);
        if (declared == null) {
            mismatch.appendText("the rule book has no rule ").appendValue(rule);
            return false;
        }
        if (violation.kind() != declared.kind()) {
            mismatch.appendText("was of kind ").appendValue(violation.kind());
            return false;
        }
        if (violation.getMessage() == null || violation.getMessage().isBlank()) {
            mismatch.appendText("had no detail");
            return false;
        }
        return true;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a RuleViolation of ").appendValue(rule).appendText(" with a detail");
    }
}
