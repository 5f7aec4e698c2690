package no.concerntrail.cases.domain;

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

class ConcernPoliciesTest extends RuleBookTest {

    ConcernPoliciesTest() {
        super(ConcernPolicies.class, ConcernPolicies.RULES);
    }

    /** The names are shown to API users and documented: changing one is an API change. */
    @Test
    void listsEveryRuleWithItsStableNameAndKind() {
        Map<String, Kind> rules = ConcernPolicies.RULES.rules().stream()
                .collect(Collectors.toMap(NamedRule::name, NamedRule::kind));
        assertThat(rules).containsOnly(
                entry("required-field", Kind.UNPROCESSABLE),
                entry("anonymous-report-has-no-reporter", Kind.UNPROCESSABLE),
                entry("national-id-check-digits", Kind.UNPROCESSABLE),
                entry("national-id-matches-birth-date", Kind.UNPROCESSABLE),
                entry("birth-date-not-in-future", Kind.UNPROCESSABLE),
                entry("birth-date-plausible", Kind.UNPROCESSABLE),
                entry("triage-closure-needs-reason", Kind.UNPROCESSABLE),
                entry("signposting-names-agency", Kind.UNPROCESSABLE),
                entry("close-needs-reason", Kind.UNPROCESSABLE),
                entry("reopen-needs-reason", Kind.UNPROCESSABLE),
                entry("level-change-needs-reason", Kind.UNPROCESSABLE),
                entry("transfer-needs-reason", Kind.UNPROCESSABLE),
                entry("erased-concern-is-final", Kind.STATE_CONFLICT),
                entry("closed-can-only-be-reopened", Kind.STATE_CONFLICT),
                entry("triage-only-new-concern", Kind.STATE_CONFLICT),
                entry("adopted-before-work", Kind.STATE_CONFLICT),
                entry("reopen-only-closed", Kind.STATE_CONFLICT),
                entry("only-assigned-concern-changes-level", Kind.STATE_CONFLICT),
                entry("raise-must-go-higher", Kind.STATE_CONFLICT),
                entry("lower-must-go-lower", Kind.STATE_CONFLICT),
                entry("assignment-must-change", Kind.STATE_CONFLICT),
                entry("transfer-must-change-district", Kind.STATE_CONFLICT));
    }

    @Test
    void aPolicyThatDoesNotHoldRefusesWithItsNameKindAndDetail() {
        ConcernPolicies.closeNeedsReason.require(true, "unused");
        assertThatThrownBy(() -> ConcernPolicies.closeNeedsReason.require(false, "closing needs a reason"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("close-needs-reason");
                    assertThat(violation.kind()).isEqualTo(Kind.UNPROCESSABLE);
                    assertThat(violation.getMessage()).isEqualTo("closing needs a reason");
                });
        assertThat(ConcernPolicies.adoptedBeforeWork.violation("x").kind()).isEqualTo(Kind.STATE_CONFLICT);
    }
}
