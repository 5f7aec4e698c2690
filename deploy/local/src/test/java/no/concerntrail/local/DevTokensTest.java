package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class DevTokensTest {

    private final DevTokens tokens = DevTokens.generate();

    @Test
    void aTokenVerifiesWithThePublicKeyFromTheFile() throws Exception {
        String token = tokens.token("alice", Set.of("caseworker", "supervisor"));
        JwtClaims claims = verifier(readPem()).processToClaims(token);
        assertThat(claims.getIssuer()).isEqualTo("https://concerntrail.local/dev");
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("caseworker", "supervisor");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
    }

    @Test
    void theTtlIsConfigurable() throws Exception {
        JwtClaims claims = verifier(tokens.publicKey()).processToClaims(tokens.token("bob", Set.of(), Duration.ofMinutes(5)));
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(300);
        assertThat(claims.getStringListClaimValue("groups")).isEmpty();
    }

    @Test
    void expiredAndForeignTokensDoNotVerify() {
        JwtConsumer verifier = verifier(tokens.publicKey());
        assertThatThrownBy(() -> verifier.processToClaims(tokens.expiredToken("alice", Set.of("caseworker"))))
                .isInstanceOf(InvalidJwtException.class).hasMessageContaining("no longer valid");
        assertThatThrownBy(() -> verifier.processToClaims(tokens.foreignToken("alice", Set.of("caseworker"))))
                .isInstanceOf(InvalidJwtException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> verifier.processToClaims(tokens.tokenFromIssuer("https://evil.example", "alice", Set.of())))
                .isInstanceOf(InvalidJwtException.class).hasMessageContaining("Issuer");
    }

    private PublicKey readPem() throws Exception {
        String pem = Files.readString(tokens.publicKeyFile());
        assertThat(pem).isEqualTo(tokens.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static JwtConsumer verifier(PublicKey key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(DevTokens.ISSUER)
                .setExpectedAudience(DevTokens.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(60)
                .build();
    }
}
