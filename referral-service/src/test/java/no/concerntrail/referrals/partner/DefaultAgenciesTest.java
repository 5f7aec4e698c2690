package no.concerntrail.referrals.partner;

import static no.concerntrail.referrals.partner.PartnerField.GUARDIANS;
import static no.concerntrail.referrals.partner.PartnerField.HELP_NEEDS;
import static no.concerntrail.referrals.partner.PartnerField.LEGAL_BASIS;
import static no.concerntrail.referrals.partner.PartnerField.MESSAGE;
import static no.concerntrail.referrals.partner.PartnerField.POLICE_CONTACT;
import static no.concerntrail.referrals.partner.PartnerField.SUBJECT_BIRTH_DATE;
import static no.concerntrail.referrals.partner.PartnerField.SUBJECT_CONTACT;
import static no.concerntrail.referrals.partner.PartnerField.SUBJECT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import no.concerntrail.referrals.config.PartnerAgencies;
import no.concerntrail.referrals.domain.AgencyTerms;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.domain.Provision;
import org.junit.jupiter.api.Test;

/** The shipped configuration starts, and gives each agency what the Norwegian setup says, no more. */
class DefaultAgenciesTest {

    private static final Set<PartnerField> EVERYTHING = Set.of(SUBJECT_NAME, SUBJECT_BIRTH_DATE, SUBJECT_CONTACT,
            GUARDIANS, HELP_NEEDS, MESSAGE, POLICE_CONTACT, LEGAL_BASIS);

    private final PartnerAgencies agencies = Configured.defaults();

    @Test
    void eachAgencyReceivesWhatItsAgreementSaysPerBasis() {
        Map<String, Map<BasisKind, Set<PartnerField>>> expected = Map.of(
                "child-welfare", Map.of(BasisKind.CONSENT, EVERYTHING, BasisKind.DUTY_TO_NOTIFY, EVERYTHING),
                "nav", Map.of(BasisKind.CONSENT, Set.of(SUBJECT_NAME, SUBJECT_BIRTH_DATE, SUBJECT_CONTACT,
                        HELP_NEEDS, MESSAGE, POLICE_CONTACT, LEGAL_BASIS)),
                "school", Map.of(BasisKind.CONSENT, Set.of(SUBJECT_NAME, SUBJECT_BIRTH_DATE, GUARDIANS,
                        HELP_NEEDS, MESSAGE, POLICE_CONTACT, LEGAL_BASIS)),
                "health", Map.of(BasisKind.CONSENT, EVERYTHING),
                "slt", Map.of(BasisKind.CONSENT, EVERYTHING, BasisKind.CONFIDENTIALITY_EXCEPTION,
                        Set.of(SUBJECT_NAME, SUBJECT_BIRTH_DATE, POLICE_CONTACT, LEGAL_BASIS)));

        assertThat(agencies.entitlements().all()).extracting(Entitlement::agency)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((agency, fields) ->
                assertThat(agencies.entitlements().of(agency).orElseThrow().fields()).as(agency).isEqualTo(fields));
    }

    @Test
    void childWelfareHasTheDutyToNotifyForMinorsCoveringHelpNeeds() {
        AgencyTerms terms = agencies.terms("child-welfare").orElseThrow();

        assertThat(terms.duties()).containsExactly(
                new Provision("child-welfare-act-13-2", "barnevernsloven § 13-2", 0, 17, true));
        assertThat(terms.exceptions()).isEmpty();
        assertThat(terms.selfConsentFromAge()).isEqualTo(16);
        Entitlement entitlement = agencies.entitlements().of("child-welfare").orElseThrow();
        assertThat(entitlement.answerTime()).isEqualTo(Duration.ofDays(7));
        assertThat(entitlement.topic()).isEqualTo("concerntrail.partner.child-welfare.referrals");
    }

    @Test
    void sltHasTheCrimePreventionExceptionForIdentityOnly() {
        AgencyTerms terms = agencies.terms("slt").orElseThrow();

        assertThat(terms.exceptions()).containsExactly(
                new Provision("police-records-act-27-3", "politiregisterloven § 27 tredje ledd", 0, 120, false));
        assertThat(terms.duties()).isEmpty();
    }

    @Test
    void navSchoolAndHealthReceiveNothingWithoutConsent() {
        for (String agency : new String[] {"nav", "school", "health"}) {
            Entitlement entitlement = agencies.entitlements().of(agency).orElseThrow();
            assertThat(entitlement.allows(BasisKind.DUTY_TO_NOTIFY)).as(agency).isFalse();
            assertThat(entitlement.allows(BasisKind.CONFIDENTIALITY_EXCEPTION)).as(agency).isFalse();
            assertThat(agencies.terms(agency).orElseThrow().duties()).as(agency).isEmpty();
            assertThat(agencies.terms(agency).orElseThrow().exceptions()).as(agency).isEmpty();
        }
    }
}
