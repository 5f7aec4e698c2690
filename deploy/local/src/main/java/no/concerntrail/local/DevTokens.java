package no.concerntrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Development and test tokens: an RSA-2048 key pair made at start, its public key as a PEM file (for
 * {@code mp.jwt.verify.publickey.location}), and RS256-signed JWTs as MicroProfile JWT expects them:
 * {@code iss} = {@value #ISSUER}, {@code aud} = {@value #AUDIENCE}, {@code sub} and {@code upn} = the subject,
 * {@code groups} = the roles, {@code district} = the police district ({@value #DEFAULT_DISTRICT} unless one is named),
 * {@code iat}, {@code exp}, {@code jti}.
 *
 * <p>Also the tokens negative tests need: an expired one (well past the verifier's default 60 s clock skew), one
 * signed by a key nobody trusts, and {@link #sign(JwtClaims)} for anything else.
 */
public final class DevTokens {

    public static final String ISSUER = "https://concerntrail.local/dev";
    /** Tokens are for ConcernTrail, so a token the same issuer made for another system is refused. */
    public static final String AUDIENCE = "concerntrail";
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    /** The police district of a token that names no other: need-to-know lets it see Oslo's concerns. */
    public static final String DEFAULT_DISTRICT = "OSLO";

    private final KeyPair keys;
    private final Path publicKeyFile;
    private final String publicKeyPem;
    private volatile KeyPair foreignKeys;

    private DevTokens(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyPem = pem(keys.getPublic());
        this.publicKeyFile = publicKeyFile.toAbsolutePath();
        try {
            if (Files.exists(this.publicKeyFile)
                    && Files.readString(this.publicKeyFile, StandardCharsets.UTF_8).equals(publicKeyPem)) {
                return;
            }
            Files.createDirectories(this.publicKeyFile.getParent());
            Files.writeString(this.publicKeyFile, publicKeyPem, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the dev public key to " + publicKeyFile, e);
        }
    }

    /** A new key pair; the public key goes to a temporary file deleted when the JVM exits. */
    public static DevTokens generate() {
        try {
            Path file = Files.createTempFile("concerntrail-dev-jwt-", ".pem");
            file.toFile().deleteOnExit();
            return new DevTokens(newKeyPair(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new key pair; the public key is written to {@code publicKeyFile} (overwritten). */
    public static DevTokens generate(Path publicKeyFile) {
        return new DevTokens(newKeyPair(), publicKeyFile);
    }

    /**
     * Tokens from an existing key pair (e.g. one shared by every class loader of a test JVM); the public key is
     * written to {@code publicKeyFile} unless it is there already.
     */
    public static DevTokens of(KeyPair keys, Path publicKeyFile) {
        return new DevTokens(keys, publicKeyFile);
    }

    // ---------------------------------------------------------------------------------------------- keys

    public String issuer() {
        return ISSUER;
    }

    /** The public key, PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    public String publicKeyPem() {
        return publicKeyPem;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The key pair (JDK types), to share it. */
    public KeyPair keyPair() {
        return keys;
    }

    // ---------------------------------------------------------------------------------------------- tokens

    /** A token valid for {@link #DEFAULT_TTL}. */
    public String token(String subject, Set<String> roles) {
        return token(subject, roles, DEFAULT_TTL);
    }

    public String token(String subject, Set<String> roles, Duration ttl) {
        return tokenInDistrict(subject, DEFAULT_DISTRICT, roles, ttl);
    }

    /** A token of an officer of {@code district} (a code such as {@code SOR_OST}; null for none). */
    public String tokenInDistrict(String subject, String district, Set<String> roles, Duration ttl) {
        Instant now = Instant.now();
        JwtClaims claims = claims(ISSUER, subject, roles, now, now.plus(ttl));
        if (district == null) {
            claims.unsetClaim("district");
        } else {
            claims.setClaim("district", district);
        }
        return sign(claims, keys.getPrivate());
    }

    /** Expired ten minutes ago (beyond any usual clock skew), otherwise valid. */
    public String expiredToken(String subject, Set<String> roles) {
        Instant now = Instant.now();
        return sign(claims(ISSUER, subject, roles, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(10))),
                keys.getPrivate());
    }

    /** Well-formed and unexpired, but signed by a key that is not this one's: must be rejected. */
    public String foreignToken(String subject, Set<String> roles) {
        Instant now = Instant.now();
        return sign(claims(ISSUER, subject, roles, now, now.plus(DEFAULT_TTL)), foreignKeys().getPrivate());
    }

    /** Signed by the right key, from another issuer: must be rejected. */
    public String tokenFromIssuer(String issuer, String subject, Set<String> roles) {
        Instant now = Instant.now();
        return sign(claims(issuer, subject, roles, now, now.plus(DEFAULT_TTL)), keys.getPrivate());
    }

    /** The standard claims of a token, to adjust before {@link #sign(JwtClaims)}. */
    public JwtClaims claims(String subject, Set<String> roles, Duration ttl) {
        Instant now = Instant.now();
        return claims(ISSUER, subject, roles, now, now.plus(ttl));
    }

    /** Signs any claims with this key (RS256). */
    public String sign(JwtClaims claims) {
        return sign(claims, keys.getPrivate());
    }

    private static JwtClaims claims(String issuer, String subject, Set<String> roles, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(roles.stream().sorted().toList()));
        claims.setClaim("district", DEFAULT_DISTRICT);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    private KeyPair foreignKeys() {
        KeyPair foreign = foreignKeys;
        if (foreign == null) {
            synchronized (this) {
                if (foreignKeys == null) {
                    foreignKeys = newKeyPair();
                }
                foreign = foreignKeys;
            }
        }
        return foreign;
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
