package no.concerntrail.conversations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a district configures rather than codes: its own conversation templates, and the list of risk and
 * protective factors per group (Plattform's four groups, which are fixed).
 */
@ConfigMapping(prefix = "concerntrail.conversations")
public interface ConversationSettings {

    /** District templates by name, next to the national kinds (concern, clarification, follow-up). */
    Map<String, KindTemplate> kinds();

    Factors factors();

    interface KindTemplate {
        /** Youngest age at the planned time, inclusive. */
        Optional<Integer> minAge();

        /** Oldest age at the planned time, inclusive. */
        Optional<Integer> maxAge();

        /** Whether a minor may be summoned to it (Police Act § 13); only a kind for minors only may allow it. */
        @WithDefault("false")
        boolean summonsAllowed();
    }

    interface Factors {
        FactorCodes personal();

        FactorCodes family();

        FactorCodes social();

        @WithName("attitudes-to-violence")
        FactorCodes attitudesToViolence();
    }

    interface FactorCodes {
        List<String> risk();

        List<String> protective();
    }
}
