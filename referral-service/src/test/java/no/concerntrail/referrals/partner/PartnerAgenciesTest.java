package no.concerntrail.referrals.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import no.concerntrail.referrals.domain.BasisKind;
import org.junit.jupiter.api.Test;

/** The configuration as a whole: terms and fields must agree, and the law's limits hold, or the service stops. */
class PartnerAgenciesTest {

    private static final String SLT = "concerntrail.referral.agencies.slt.";

    /** SLT with a crime-prevention exception and fields under it. */
    private static Map<String, String> slt() {
        Map<String, String> properties = new HashMap<>();
        properties.put(SLT + "name", "SLT-koordinator");
        properties.put(SLT + "answer-time", "P14D");
        properties.put(SLT + "self-consent-from-age", "16");
        properties.put(SLT + "exceptions[0].id", "police-records-act-27-3");
        properties.put(SLT + "exceptions[0].citation", "politiregisterloven § 27 tredje ledd");
        properties.put(SLT + "exceptions[0].min-age", "0");
        properties.put(SLT + "exceptions[0].max-age", "120");
        properties.put(SLT + "fields.consent", "subject-name,help-needs");
        properties.put(SLT + "fields.confidentiality-exception", "subject-name,police-contact");
        return properties;
    }

    private static Map<String, String> slt(String key, String value) {
        Map<String, String> properties = slt();
        if (value == null) {
            properties.remove(SLT + key);
        } else {
            properties.put(SLT + key, value);
        }
        return properties;
    }

    @Test
    void aConsistentConfigurationStarts() {
        var agencies = Configured.agencies(slt());

        assertThat(agencies.terms("slt").orElseThrow().exceptions()).hasSize(1);
        assertThat(agencies.entitlements().of("slt").orElseThrow().allows(BasisKind.CONFIDENTIALITY_EXCEPTION))
                .isTrue();
        assertThat(agencies.terms("nav")).isEmpty();
    }

    @Test
    void anExceptionThatWouldCoverHelpNeedsIsRefused() {
        assertThatThrownBy(() -> Configured.agencies(slt("exceptions[0].covers-help-needs", "true")))
                .hasMessageContaining("'slt'").hasMessageContaining("police-records-act-27-3")
                .hasMessageContaining("purpose binding");
    }

    @Test
    void provisionsWithoutFieldsForTheirBasisAreRefused() {
        assertThatThrownBy(() -> Configured.agencies(slt("fields.confidentiality-exception", null)))
                .hasMessageContaining("'slt'").hasMessageContaining("confidentiality-exception");
    }

    @Test
    void fieldsForABasisWithoutProvisionsAreRefused() {
        assertThatThrownBy(() -> Configured.agencies(slt("fields.duty-to-notify", "subject-name")))
                .hasMessageContaining("'slt'").hasMessageContaining("duty-to-notify").hasMessageContaining("duties");
    }

    @Test
    void aProvisionListedTwiceIsRefused() {
        Map<String, String> properties = slt();
        properties.put(SLT + "exceptions[1].id", "police-records-act-27-3");
        properties.put(SLT + "exceptions[1].citation", "politiregisterloven § 27");
        properties.put(SLT + "exceptions[1].min-age", "0");
        properties.put(SLT + "exceptions[1].max-age", "17");
        assertThatThrownBy(() -> Configured.agencies(properties))
                .hasMessageContaining("'slt'").hasMessageContaining("police-records-act-27-3")
                .hasMessageContaining("twice");
    }

    @Test
    void aProvisionsAgesMustMakeSense() {
        Map<String, String> reversed = slt("exceptions[0].min-age", "18");
        reversed.put(SLT + "exceptions[0].max-age", "17");
        assertThatThrownBy(() -> Configured.agencies(reversed))
                .hasMessageContaining("'slt'").hasMessageContaining("min-age");
        assertThatThrownBy(() -> Configured.agencies(slt("exceptions[0].max-age", "121")))
                .hasMessageContaining("'slt'").hasMessageContaining("max-age");
    }

    @Test
    void anAdultAlwaysConsentsForThemselves() {
        assertThatThrownBy(() -> Configured.agencies(slt("self-consent-from-age", "19")))
                .hasMessageContaining("'slt'").hasMessageContaining("self-consent-from-age");
    }

    @Test
    void aBadFieldNameStopsTheServiceNamingAgencyAndField() {
        assertThatThrownBy(() -> Configured.agencies(slt("fields.consent", "subject-name,credibility")))
                .hasMessageContaining("'slt'").hasMessageContaining("'credibility'");
    }
}
