package no.concerntrail.platform.erasure;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The deployment's master key of one service: it wraps every data subject's key in the service's database, and is
 * never there itself (it comes from a secret file or the environment), so a copy of the database alone opens nothing.
 * Its version is stored beside each wrapped key, so that a key wrapped under another one is told apart.
 */
public final class MasterKey {

    private final SecretKey key;
    private final String version;

    /**
     * @param base64  32 random bytes, base64, of this service in this deployment only
     * @param version names the key (e.g. {@code 2026-1})
     */
    public MasterKey(String base64, String version) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The master key must be base64", e);
        }
        if (bytes.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException("The master key must be " + AesGcm.KEY_BYTES + " random bytes, not "
                    + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.version = version;
    }

    public String version() {
        return version;
    }

    byte[] wrap(UUID subject, SecretKey subjectKey) {
        return AesGcm.seal(key, associated(subject), subjectKey.getEncoded());
    }

    SecretKey unwrap(UUID subject, byte[] wrapped) {
        return new SecretKeySpec(AesGcm.open(key, associated(subject), wrapped), "AES");
    }

    /** A wrapped key opens only as the key of the subject it was made for. */
    private static byte[] associated(UUID subject) {
        return ("subject-key:" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
