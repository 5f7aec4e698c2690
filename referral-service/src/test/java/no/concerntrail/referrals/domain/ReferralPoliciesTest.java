package no.concerntrail.referrals.domain;

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

class ReferralPoliciesTest extends RuleBookTest {

    ReferralPoliciesTest() {
        super(ReferralPolicies.class, ReferralPolicies.RULES);
    }

    /** The names are shown to API users and partners and documented: changing one is an API change. */
    @Test
    void listsEveryRuleWithItsStableNameAndKind() {
        Map<String, Kind> rules = ReferralPolicies.RULES.rules().stream()
                .collect(Collectors.toMap(NamedRule::name, NamedRule::kind));
        assertThat(rules).containsOnly(
                entry("required-field", Kind.UNPROCESSABLE),
                entry("concern-must-be-known", Kind.UNPROCESSABLE),
                entry("agency-from-configured-list", Kind.UNPROCESSABLE),
                entry("referral-needs-legal-basis", Kind.UNPROCESSABLE),
                entry("consent-is-recorded", Kind.UNPROCESSABLE),
                entry("basis-fits-agency", Kind.UNPROCESSABLE),
                entry("basis-fits-age", Kind.UNPROCESSABLE),
                entry("subject-confirmed", Kind.UNPROCESSABLE),
                entry("guardians-contact-for-minor", Kind.UNPROCESSABLE),
                entry("guardians-only-for-minor", Kind.UNPROCESSABLE),
                entry("subject-reachable", Kind.UNPROCESSABLE),
                entry("contact-needs-a-way", Kind.UNPROCESSABLE),
                entry("purpose-binding", Kind.UNPROCESSABLE),
                entry("help-needs-without-repeats", Kind.UNPROCESSABLE),
                entry("decline-needs-reason", Kind.UNPROCESSABLE),
                entry("withdraw-needs-reason", Kind.UNPROCESSABLE),
                entry("notified-at-in-the-past", Kind.UNPROCESSABLE),
                entry("deferral-needs-reason-and-end", Kind.UNPROCESSABLE),
                entry("referral-needs-adopted-concern", Kind.STATE_CONFLICT),
                entry("erased-concern-is-final", Kind.STATE_CONFLICT),
                entry("no-referral-on-closed-concern", Kind.STATE_CONFLICT),
                entry("answer-in-order", Kind.STATE_CONFLICT),
                entry("withdrawn-or-declined-cannot-be-accepted", Kind.STATE_CONFLICT),
                entry("completed-only-after-accepted", Kind.STATE_CONFLICT),
                entry("final-referral-does-not-change", Kind.STATE_CONFLICT),
                entry("already-notified", Kind.STATE_CONFLICT));
    }

    @Test
    void aRuleThatDoesNotHoldRefusesWithItsNameKindAndDetail() {
        ReferralPolicies.purposeBinding.require(true, "unused");
        assertThatThrownBy(() -> ReferralPolicies.purposeBinding.require(false, "remove the help needs"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("purpose-binding");
                    assertThat(violation.kind()).isEqualTo(Kind.UNPROCESSABLE);
                    assertThat(violation.getMessage()).isEqualTo("remove the help needs");
                });
        assertThat(ReferralPolicies.alreadyNotified.violation("x").kind()).isEqualTo(Kind.STATE_CONFLICT);
    }
}
