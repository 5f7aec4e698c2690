package no.concerntrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A deployment's secret keys: 32 random bytes, base64 (the analysts' pseudonym secret, each service's master key). A
 * stack that keeps its data keeps them in owner-only files, so pseudonyms stay the same and what was sealed stays
 * readable from one start to the next.
 */
public final class KeyMaterial {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {
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
            throw new UncheckedIOException("could not read the key in " + file, e);
        }
        String secret = generate();
        Secrets.writeOwnerOnly(file, secret);
        return secret;
    }
}
