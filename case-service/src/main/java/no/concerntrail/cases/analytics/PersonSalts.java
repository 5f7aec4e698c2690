package no.concerntrail.cases.analytics;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.Subject;
import no.concerntrail.platform.jdbc.Jdbc;

/**
 * Each person's salt for the analysts' pseudonym ({@code person_salt}), found by the keyed lookup of who they are and
 * counted by their concerns not erased. The pseudonym is a MAC of the salt, not of who they are: once the last of
 * their concerns is erased the salt goes, and the pseudonym on every record the analysts hold can no longer be linked
 * to them by anyone, the holders of the analytics secret included.
 */
@Singleton
public class PersonSalts {

    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbc jdbc;
    private final Pseudonyms pseudonyms;

    @Inject
    public PersonSalts(DataSource dataSource, Pseudonyms pseudonyms) {
        this.jdbc = new Jdbc(dataSource);
        this.pseudonyms = pseudonyms;
    }

    /**
     * The pseudonym of the person a concern is about, as its report says. For a concern erased, whose report reads
     * without its subject, the concern's own key stands for the person: no longer anyone to link, counted once.
     */
    public String pseudonymOf(UUID concernId, Subject subject) {
        if (subject == null) {
            return pseudonyms.of(Pseudonyms.Kind.CONCERN, concernId);
        }
        String lookup = lookup(subject);
        return pseudonyms.person(salt(lookup).orElseGet(() -> {
            // a person whose concerns were all received before salts were kept has none yet: one, counting none
            jdbc.update("INSERT INTO person_salt (lookup, salt, concerns) VALUES (?, ?, 0) "
                    + "ON CONFLICT (lookup) DO NOTHING", lookup, newSalt());
            return salt(lookup).orElseThrow();
        }));
    }

    private Optional<byte[]> salt(String lookup) {
        return jdbc.queryOne("SELECT salt FROM person_salt WHERE lookup = ?", row -> row.getBytes(1), lookup);
    }

    /** One more concern about the person: in the transaction that stores its report. */
    public void received(Subject subject) {
        jdbc.update("INSERT INTO person_salt (lookup, salt, concerns) VALUES (?, ?, 1) "
                        + "ON CONFLICT (lookup) DO UPDATE SET concerns = person_salt.concerns + 1",
                lookup(subject), newSalt());
    }

    /** One of the person's concerns erased, in the erasure's transaction; the salt goes with the last of them. */
    public void erased(Subject subject) {
        String lookup = lookup(subject);
        jdbc.update("UPDATE person_salt SET concerns = concerns - 1 WHERE lookup = ?", lookup);
        jdbc.update("DELETE FROM person_salt WHERE lookup = ? AND concerns <= 0", lookup);
    }

    private String lookup(Subject subject) {
        return pseudonyms.lookup(subject.nationalIdentityNumber(), subject.name(), subject.birthDate());
    }

    private static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }
}
