package no.concerntrail.testing;

import java.util.Map;
import java.util.function.Supplier;
import no.concerntrail.local.QuarkusConfig;

/**
 * case-service's analytics secret in tests: one for the whole test JVM, whichever test profile starts the service, as
 * the analysts' rows in its database are kept under that secret's keys (a new secret per profile would leave the rows
 * of one start unreadable by the next, and a rebuild unequal to what was kept live).
 */
public final class AnalyticsSecretForTests {

    private AnalyticsSecretForTests() {
    }

    /** {@code concerntrail.analytics.*}. */
    public static Map<String, String> config() {
        return QuarkusConfig.analytics(Shared.<Supplier<String>>operation("analytics.secret").get(), "test");
    }
}
