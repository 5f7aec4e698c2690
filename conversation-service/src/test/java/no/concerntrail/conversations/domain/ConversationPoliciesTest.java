package no.concerntrail.conversations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.stream.Collectors;
import no.concerntrail.platform.rules.NamedRule;
import no.concerntrail.platform.rules.RuleViolation.Kind;
import no.concerntrail.platform.rules.RuleViolation;
import no.concerntrail.testing.RuleBookTest;
import org.junit.jupiter.api.Test;

class ConversationPoliciesTest extends RuleBookTest {

    ConversationPoliciesTest() {
        super(ConversationPolicies.class, ConversationPolicies.RULES);
    }

    /** The names are shown to API users and documented: changing one is an API change. */
    @Test
    void listsEveryRuleWithItsStableNameAndKind() {
        Map<String, Kind> rules = ConversationPolicies.RULES.rules().stream()
                .collect(Collectors.toMap(NamedRule::name, NamedRule::kind));
        assertThat(rules).containsOnly(
                entry("required-field", Kind.UNPROCESSABLE),
                entry("kind-from-configured-list", Kind.UNPROCESSABLE),
                entry("factors-from-configured-list", Kind.UNPROCESSABLE),
                entry("concern-must-be-known", Kind.UNPROCESSABLE),
                entry("kind-fits-age", Kind.UNPROCESSABLE),
                entry("only-minors-may-be-summoned", Kind.UNPROCESSABLE),
                entry("kind-allows-summons", Kind.UNPROCESSABLE),
                entry("summons-names-legal-ground", Kind.UNPROCESSABLE),
                entry("summons-ground-fits-age", Kind.UNPROCESSABLE),
                entry("guardians-invited-for-minor", Kind.UNPROCESSABLE),
                entry("rights-notice-before-start", Kind.UNPROCESSABLE),
                entry("trusted-person-names-guiding-officer", Kind.UNPROCESSABLE),
                entry("times-within-range", Kind.UNPROCESSABLE),
                entry("held-times-consistent", Kind.UNPROCESSABLE),
                entry("outcome-names-new-level", Kind.UNPROCESSABLE),
                entry("measure-names-responsible", Kind.UNPROCESSABLE),
                entry("way-forward-has-follow-up-date", Kind.UNPROCESSABLE),
                entry("cancel-needs-reason", Kind.UNPROCESSABLE),
                entry("erased-concern-is-final", Kind.STATE_CONFLICT),
                entry("no-conversation-for-closed-concern", Kind.STATE_CONFLICT),
                entry("only-planned-conversation-concludes", Kind.STATE_CONFLICT),
                entry("only-planned-conversation-is-rescheduled", Kind.STATE_CONFLICT),
                entry("outcome-fits-concern", Kind.STATE_CONFLICT),
                entry("summons-cannot-be-declined", Kind.STATE_CONFLICT));
    }

    @Test
    void aRuleThatDoesNotHoldRefusesWithItsNameKindAndDetail() {
        ConversationPolicies.onlyMinorsMayBeSummoned.require(true, "unused");
        assertThatThrownBy(() -> ConversationPolicies.onlyMinorsMayBeSummoned.require(false, "an adult is invited"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("only-minors-may-be-summoned");
                    assertThat(violation.kind()).isEqualTo(Kind.UNPROCESSABLE);
                    assertThat(violation.getMessage()).isEqualTo("an adult is invited");
                });
        assertThat(ConversationPolicies.summonsCannotBeDeclined.violation("x").kind()).isEqualTo(Kind.STATE_CONFLICT);
    }
}
