package no.concerntrail.referrals.partner;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import no.concerntrail.referrals.config.AgencyConfig;
import no.concerntrail.referrals.config.PartnerAgencies;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** The agencies as SmallRye Config maps them, without Quarkus: the shipped defaults, or a test's own properties. */
final class Configured {

    private Configured() {
    }

    /** The defaults in application.properties, in the test profile. */
    static PartnerAgencies defaults() {
        try {
            return agencies(new PropertiesConfigSource(Objects.requireNonNull(
                    Configured.class.getClassLoader().getResource("application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PartnerAgencies agencies(Map<String, String> properties) {
        return agencies(new PropertiesConfigSource(properties, "test", 100));
    }

    private static PartnerAgencies agencies(ConfigSource source) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("test")
                .withSources(source).withMapping(AgencyConfig.class).withValidateUnknown(false).build();
        return new PartnerAgencies(config.getConfigMapping(AgencyConfig.class));
    }
}
