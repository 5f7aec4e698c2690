package no.concerntrail.cases.analytics;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for the analysts' history: HMAC-SHA256 under a deployment secret that never leaves the police, so
 * a pseudonym cannot be recomputed from an id by anyone without it (a plain hash could). A person's is made from their
 * salt ({@link PersonSalts}), which goes when they are erased; the same person gets the same pseudonym in every
 * concern meanwhile, so repeat concerns show. The same concern, conversation or referral has the same key in every
 * event. A new secret (a new {@code version}) starts new pseudonyms: linkage across
 * the rotation is lost, which is what rotating is for.
 */
public final class Pseudonyms {

    /** 128 bits of the MAC: no two people or concerns of a country's history share one. */
    private static final int BYTES = 16;
    private static final int SHORTEST_SECRET = 32;

    private final SecretKeySpec key;
    private final String version;

    /**
     * @param secret  at least 32 bytes, random, of this deployment only
     * @param version names the secret (e.g. {@code 2026-1}); it goes with every pseudonym, so analysts see a rotation
     */
    public Pseudonyms(byte[] secret, String version) {
        if (secret.length < SHORTEST_SECRET) {
            throw new IllegalArgumentException("The analytics secret must be at least " + SHORTEST_SECRET
                    + " random bytes, not " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.version = version;
    }

    public String version() {
        return version;
    }

    /**
     * Who the person is, as a keyed lookup that never leaves case-service (it finds their salt, {@link PersonSalts}):
     * by national identity number where the concern has one, else by name and birth date, normalised so that
     * spelling variants of case, spacing, hyphens and Unicode forms are one person.
     */
    public String lookup(String nationalIdentityNumber, String name, LocalDate birthDate) {
        if (nationalIdentityNumber != null && !nationalIdentityNumber.isBlank()) {
            return "l-" + mac("nin:" + nationalIdentityNumber.strip());
        }
        return "l-" + mac("name:" + normalised(name) + "|" + birthDate);
    }

    /** The person's pseudonym on the analysts' records: of their salt, so it is theirs only while the salt is kept. */
    public String person(byte[] salt) {
        return "p-" + mac("salt:" + HexFormat.of().formatHex(salt));
    }

    /** What besides a person has a key of its own, and the key's prefix. */
    public enum Kind {
        CONCERN("c"), CONVERSATION("v"), REFERRAL("r");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** A concern's, conversation's or referral's key: stable, and not the police's id. */
    public String of(Kind kind, UUID id) {
        return kind.prefix + "-" + mac(kind.name() + ":" + id);
    }

    static String normalised(String name) {
        String composed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        return composed.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
