package no.concerntrail.conversations.domain;

import no.concerntrail.platform.rules.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Matches a {@link RuleViolation} of the named rule, with the kind (409 or 422) that
 * {@link ConversationPolicies} declares for it and a detail for the user. Tests name rules as literal
 * strings on purpose: the names are part of the API, and renaming one must break a test.
 */
final class RuleViolationMatcher extends TypeSafeDiagnosingMatcher<RuleViolation> {

    private final String rule;

    private RuleViolationMatcher(String rule) {
        this.rule = rule;
    }

    static Matcher<RuleViolation> violates(String rule) {
        return new RuleViolationMatcher(rule);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation, Description mismatch) {
        if (!rule.equals(violation.rule())) {
            mismatch.appendText("violated ").appendValue(violation.rule())
                    .appendText(": ").appendValue(violation.getMessage());
            return false;
        }
        var policy = ConversationPolicies.named(rule);
        if (policy.isEmpty()) {
            mismatch.appendText("ConversationPolicies has no rule ").appendValue(rule);
            return false;
        }
        if (violation.kind() != policy.get().kind()) {
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
