package no.concerntrail.referrals.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.concerntrail.referrals.domain.BasisKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Entitlements are read from configuration; every mistake in it is refused, naming the agency and what is wrong. */
class EntitlementsTest {

    private static final Duration WEEK = Duration.ofDays(7);

    private static Entitlements declare(String agency, Map<String, List<String>> fields) {
        return Entitlements.from(List.of(new Entitlements.Declared(agency, "Agency", WEEK, fields)));
    }

    @Test
    void aValidDeclarationIsLookedUpByAgency() {
        Entitlements entitlements = Entitlements.from(List.of(
                new Entitlements.Declared("slt", "SLT-koordinator", WEEK, Map.of(
                        "consent", List.of("subject-name", "help-needs"),
                        "confidentiality-exception", List.of("subject-name", " police-contact"))),
                new Entitlements.Declared("nav", "Nav", Duration.ofDays(14), Map.of("consent", List.of("message")))));

        Entitlement slt = entitlements.of("slt").orElseThrow();
        assertThat(slt.allows(BasisKind.CONSENT)).isTrue();
        assertThat(slt.allows(BasisKind.DUTY_TO_NOTIFY)).isFalse();
        assertThat(slt.fields(BasisKind.DUTY_TO_NOTIFY)).isEmpty();
        assertThat(slt.fields(BasisKind.CONFIDENTIALITY_EXCEPTION))
                .containsExactlyInAnyOrder(PartnerField.SUBJECT_NAME, PartnerField.POLICE_CONTACT);
        assertThat(slt.topic()).isEqualTo("concerntrail.partner.slt.referrals");
        assertThat(slt.answerDue(Instant.parse("2026-03-01T10:00:00Z"))).isEqualTo("2026-03-08T10:00:00Z");
        assertThat(entitlements.of("nav")).isPresent();
        assertThat(entitlements.of("school")).isEmpty();
        assertThat(entitlements.all()).extracting(Entitlement::agency).containsExactly("slt", "nav");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> declare("nav", Map.of("consent", List.of("subject-name", "concern-id"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nav'").hasMessageContaining("'concern-id'").hasMessageContaining("consent");
    }

    @Test
    void anUnknownBasisIsRefused() {
        assertThatThrownBy(() -> declare("nav", Map.of("court-order", List.of("subject-name"))))
                .hasMessageContaining("'nav'").hasMessageContaining("'court-order'");
    }

    @Test
    void anAgencyWithoutAnyBasisIsRefused() {
        assertThatThrownBy(() -> declare("school", Map.of()))
                .hasMessageContaining("'school'").hasMessageContaining("no legal basis");
    }

    @Test
    void aBasisWithoutFieldsIsRefused() {
        assertThatThrownBy(() -> declare("school", Map.of("consent", List.of())))
                .hasMessageContaining("'school'").hasMessageContaining("CONSENT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"help-needs", "message"})
    void helpNeedsAndTheMessageAreNeverGrantedUnderAnException(String field) {
        assertThatThrownBy(() -> declare("slt", Map.of("consent", List.of(field),
                "confidentiality-exception", List.of("subject-name", field))))
                .hasMessageContaining("'slt'").hasMessageContaining(field)
                .hasMessageContaining("CONFIDENTIALITY_EXCEPTION").hasMessageContaining("purpose binding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"decline-reason", "completion-note"})
    void thePartnersOwnAnswersAreNotGranted(String field) {
        assertThatThrownBy(() -> declare("nav", Map.of("consent", List.of(field))))
                .hasMessageContaining("'nav'").hasMessageContaining(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Child-Welfare", "child_welfare", "child.welfare", "-nav", "nav-", "na--v", "9nav",
            "nav school", "", "barnevern-i-en-kommune-med-et-svaert-langt-navn"})
    void anAgencyIdThatIsNotLowerCaseKebabIsRefused(String agency) {
        assertThatThrownBy(() -> declare(agency, Map.of("consent", List.of("subject-name"))))
                .hasMessageContaining("'" + agency + "'").hasMessageContaining("kebab");
    }

    @Test
    void anAgencyDeclaredTwiceIsRefused() {
        Entitlements.Declared nav = new Entitlements.Declared("nav", "Nav", WEEK,
                Map.of("consent", List.of("subject-name")));
        assertThatThrownBy(() -> Entitlements.from(List.of(nav, nav))).hasMessageContaining("'nav'");
    }

    @Test
    void anAgencyNeedsANameAndAPositiveAnswerTime() {
        Map<String, List<String>> fields = Map.of("consent", List.of("subject-name"));
        assertThatThrownBy(() -> Entitlements.from(List.of(new Entitlements.Declared("nav", " ", WEEK, fields))))
                .hasMessageContaining("'nav'").hasMessageContaining("name");
        assertThatThrownBy(() -> Entitlements.from(List.of(
                new Entitlements.Declared("nav", "Nav", Duration.ZERO, fields))))
                .hasMessageContaining("'nav'").hasMessageContaining("answer-time");
    }
}
