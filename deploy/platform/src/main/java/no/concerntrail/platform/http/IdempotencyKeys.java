package no.concerntrail.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import no.concerntrail.platform.rules.RuleViolation;

/**
 * Remembers which resource a caller's {@code Idempotency-Key} created, in the service's own
 * {@code idempotency_key} table and in the creating transaction, so a retried POST returns the
 * same resource and appends nothing, and a reused key with another body is refused. Only within
 * the creating transaction does that hold, so it is mandatory. Keys are kept; a clean-up of old
 * keys belongs with the retention rules for personal data.
 */
@Singleton
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String KEY_REUSED = "idempotency-key-reused";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    /**
     * Creates a resource at most once per key: {@code create} makes it under a new id, unless this caller's key
     * already created one for this very request; returns the id either way. Without a key, every call creates.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID createOnce(String actor, String key, Object request, Consumer<UUID> create) {
        if (key != null) {
            Optional<UUID> earlier = find(actor, key, request);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        UUID created = UUID.randomUUID();
        create.accept(created);
        if (key != null) {
            remember(actor, key, request, created);
        }
        return created;
    }

    /** The resource this key already created for this caller and this very request, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> find(String actor, String key, Object request) {
        String hash = hash(request);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT request_hash, resource_id FROM idempotency_key WHERE actor = ? AND key = ?")) {
            select.setString(1, actor);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                if (!row.getString("request_hash").equals(hash)) {
                    throw RuleViolation.unprocessable(KEY_REUSED,
                            "This Idempotency-Key was already used for a different request");
                }
                return Optional.of(row.getObject("resource_id", UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read idempotency keys", e);
        }
    }

    /** Fails with a unique violation (and so rolls the creation back) if a concurrent retry got there first. */
    @Transactional(Transactional.TxType.MANDATORY)
    void remember(String actor, String key, Object request, UUID resourceId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO idempotency_key (actor, key, request_hash, resource_id) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, actor);
            insert.setString(2, key);
            insert.setString(3, hash(request));
            insert.setObject(4, resourceId);
            insert.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw RuleViolation.conflict("idempotency-key-in-flight",
                        "A request with this Idempotency-Key is being processed; retry it shortly");
            }
            throw new IllegalStateException("Could not store the idempotency key", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Could not hash the request", e);
        }
    }
}
