package no.concerntrail.platform.erasure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data subjects' keys in the service's own database ({@code subject_key}), each wrapped by the {@link MasterKey}.
 * A key is made the first time something about its subject is sealed, in the transaction that stores it; erasing the
 * subject drops it, and from then on nothing about them is sealed or opened again. Read from the database every time,
 * never cached: an erasure on one replica holds on every other at once.
 */
@Singleton
public class SubjectKeys {

    private final Jdbc jdbc;
    private final MasterKey master;

    @Inject
    public SubjectKeys(DataSource dataSource,
                       @ConfigProperty(name = "concerntrail.erasure.master-key") String masterKey,
                       @ConfigProperty(name = "concerntrail.erasure.master-key-version") String version) {
        this(dataSource, new MasterKey(masterKey, version));
    }

    public SubjectKeys(DataSource dataSource, MasterKey master) {
        this.jdbc = new Jdbc(dataSource);
        this.master = master;
    }

    /** What the database holds for a subject: a wrapped key, or the tombstone of an erased one. */
    private record Stored(byte[] wrapped, String masterKey) {
    }

    /** The key to seal the subject's data under, made now if they have none; empty once they were erased. */
    Optional<SecretKey> forSealing(UUID subject) {
        Optional<Stored> stored = stored(subject);
        if (stored.isEmpty()) {
            SecretKey key = newKey();
            // a concurrent first seal of the same subject may win: then its key is the subject's, read back below
            jdbc.update("INSERT INTO subject_key (subject, wrapped_key, master_key) VALUES (?, ?, ?) "
                    + "ON CONFLICT (subject) DO NOTHING", subject, master.wrap(subject, key), master.version());
            stored = stored(subject);
        }
        return stored.flatMap(found -> unwrapped(subject, found));
    }

    /** The key to open the subject's sealed data with; empty once they were erased. */
    Optional<SecretKey> forOpening(UUID subject) {
        return stored(subject).flatMap(found -> unwrapped(subject, found));
    }

    /**
     * Erases the subject: their key goes, and a tombstone says when and by which rule or whom ({@code by}); in the
     * caller's transaction. True if they had not been erased before.
     */
    public boolean erase(UUID subject, String by) {
        return jdbc.update("INSERT INTO subject_key (subject, erased_at, erased_by) VALUES (?, now(), ?) "
                + "ON CONFLICT (subject) DO UPDATE SET wrapped_key = NULL, master_key = NULL, erased_at = now(), "
                + "erased_by = EXCLUDED.erased_by WHERE subject_key.erased_at IS NULL", subject, by) == 1;
    }

    public boolean erased(UUID subject) {
        return jdbc.queryOne("SELECT erased_at IS NOT NULL FROM subject_key WHERE subject = ?",
                row -> row.getBoolean(1), subject).orElse(false);
    }

    private Optional<Stored> stored(UUID subject) {
        return jdbc.queryOne("SELECT wrapped_key, master_key FROM subject_key WHERE subject = ?",
                row -> new Stored(row.getBytes(1), row.getString(2)), subject);
    }

    private Optional<SecretKey> unwrapped(UUID subject, Stored stored) {
        if (stored.wrapped() == null) {
            return Optional.empty();
        }
        if (!master.version().equals(stored.masterKey())) {
            throw new IllegalStateException("Subject " + subject + "'s key is wrapped by master key "
                    + stored.masterKey() + ", and this service has " + master.version());
        }
        return Optional.of(master.unwrap(subject, stored.wrapped()));
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(AesGcm.KEY_BYTES * 8);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is part of every JDK", e);
        }
    }
}
