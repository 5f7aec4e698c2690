package no.concerntrail.cases.analytics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pseudonyms, under the deployment's secret ({@code concerntrail.analytics.secret}, base64 of at least 32 random
 * bytes) and its name ({@code concerntrail.analytics.secret-version}). Without a secret, or with a short one, the
 * service does not start: there is no default, as a known secret would let anyone recompute who a pseudonym is.
 */
public class AnalyticsKeys {

    @Produces
    @Singleton
    Pseudonyms pseudonyms(@ConfigProperty(name = "concerntrail.analytics.secret") String secret,
                          @ConfigProperty(name = "concerntrail.analytics.secret-version") String version) {
        return new Pseudonyms(Base64.getDecoder().decode(secret), version);
    }
}
