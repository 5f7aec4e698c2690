package no.concerntrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The deployment secret under which case-service makes the analysts' pseudonyms: 32 random bytes, base64. A stack that
 * keeps its data keeps it in an owner-only file, so a person's pseudonym stays the same from one start to the next.
 */
public final class AnalyticsSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AnalyticsSecret() {
    }

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /** The one in {@code file}, made there the first time. */
    public static String kept(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the analytics secret " + file, e);
        }
        String secret = generate();
        Secrets.writeOwnerOnly(file, secret);
        return secret;
    }
}
