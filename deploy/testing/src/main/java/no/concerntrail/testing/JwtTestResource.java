package no.concerntrail.testing;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.concerntrail.local.DevTokens;

/**
 * The dev JWT key pair of a test JVM (made once) and the service configuration that trusts it:
 * {@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer} ({@value DevTokens#ISSUER}) and
 * {@code quarkus.devservices.enabled=false}. No init args.
 *
 * <pre>{@code
 * @WithTestResource(JwtTestResource.class)
 * class ... {
 *     given().auth().oauth2(JwtTestResource.tokenFor("alice", "caseworker")) ...
 * }
 * }</pre>
 *
 * <p>The service must name <em>some</em> key in its application.properties (e.g. its production
 * {@code mp.jwt.verify.publickey.location}): with none, smallrye-jwt makes an in-memory dev key pair while Quarkus
 * builds the test application, and that key then wins over the location given here.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile DevTokens tokens;

    @Override
    public Map<String, String> start() {
        return Shared.<Supplier<Map<String, String>>>operation("jwt.config").get();
    }

    @Override
    public void stop() {
        // the keys are the JVM's
    }

    /** A valid token (one hour) for {@code subject} with these roles ({@code groups}), of {@value DevTokens#DEFAULT_DISTRICT}. */
    public static String tokenFor(String subject, String... roles) {
        return tokens().token(subject, Set.of(roles));
    }

    /** A valid token (one hour) of an officer of {@code district} (a code such as {@code SOR_OST}; null for none). */
    public static String tokenInDistrict(String subject, String district, String... roles) {
        return tokens().tokenInDistrict(subject, district, Set.of(roles), DevTokens.DEFAULT_TTL);
    }

    public static String tokenFor(String subject, Duration ttl, String... roles) {
        return tokens().token(subject, Set.of(roles), ttl);
    }

    /** Expired beyond the verifier's clock skew. */
    public static String expiredTokenFor(String subject, String... roles) {
        return tokens().expiredToken(subject, Set.of(roles));
    }

    /** Signed by a key the service does not trust. */
    public static String foreignTokenFor(String subject, String... roles) {
        return tokens().foreignToken(subject, Set.of(roles));
    }

    /** The JVM's key pair, for every other kind of token ({@link DevTokens#sign}, other issuers...). */
    public static DevTokens tokens() {
        DevTokens current = tokens;
        if (current == null) {
            synchronized (JwtTestResource.class) {
                if (tokens == null) {
                    KeyPair keys = Shared.<Supplier<KeyPair>>operation("jwt.keyPair").get();
                    Path file = Path.of(Shared.<Supplier<String>>operation("jwt.publicKeyFile").get());
                    tokens = DevTokens.of(keys, file);
                }
                current = tokens;
            }
        }
        return current;
    }
}
