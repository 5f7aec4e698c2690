package no.concerntrail.referrals.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The partner agencies as configuration declares them: who they are, on which provisions a referral to them may rest,
 * and which fields they receive under each kind of basis. The law and the agreements with the agencies change
 * without a release; the checks on them ({@link PartnerAgencies}) do not.
 */
@ConfigMapping(prefix = "concerntrail.referral")
public interface AgencyConfig {

    /** By agency id, lower-case kebab: it names the partner topic, the Kafka principal and the partner role. */
    Map<String, Agency> agencies();

    interface Agency {
        /** The display name. */
        String name();

        /** A referral not acknowledged within this counts as unanswered. */
        Duration answerTime();

        /** A subject this old or older may consent alone; a younger one needs the guardians. */
        int selfConsentFromAge();

        /** Statutory duties to notify this agency. */
        List<ProvisionEntry> duties();

        /** Other exceptions to confidentiality that let the police tell this agency. */
        List<ProvisionEntry> exceptions();

        /** Field names per basis ({@code consent}, {@code duty-to-notify}, {@code confidentiality-exception}). */
        Map<String, List<String>> fields();
    }

    interface ProvisionEntry {
        String id();

        String citation();

        int minAge();

        int maxAge();

        /** Unless said, a provision lets only who the person is go: help needs need a provision that says so. */
        @WithDefault("false")
        boolean coversHelpNeeds();
    }
}
