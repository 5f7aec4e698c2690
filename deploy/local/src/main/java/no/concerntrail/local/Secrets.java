package no.concerntrail.local;

import java.security.SecureRandom;

/** Random passwords for the local stack: letters and digits only, so they fit JAAS, SCRAM and JDBC as they are. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private Secrets() {
    }

    /** 24 random characters (~140 bits). */
    public static String password() {
        char[] chars = new char[24];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
