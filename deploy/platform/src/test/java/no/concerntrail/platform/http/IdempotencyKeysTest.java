package no.concerntrail.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.platform.TestDatabase;
import no.concerntrail.platform.rules.RuleViolation;
import no.concerntrail.platform.schema.PlatformSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a real PostgreSQL with the platform's table; each call here commits on its own, as in its own transaction. */
class IdempotencyKeysTest {

    private final IdempotencyKeys keys = new IdempotencyKeys();

    @BeforeEach
    void database() {
        keys.dataSource = TestDatabase.fresh();
        keys.json = new ObjectMapper();
        PlatformSchema.migrate(keys.dataSource);
    }

    @Test
    void aRetryOfTheSameRequestFindsWhatTheFirstCreated() {
        UUID created = UUID.randomUUID();
        Map<String, String> request = Map.of("summary", "the same");
        assertThat(keys.find("officer-kari", "k-1", request)).isEmpty();
        keys.remember("officer-kari", "k-1", request, created);
        assertThat(keys.find("officer-kari", "k-1", Map.of("summary", "the same"))).contains(created);
    }

    @Test
    void aKeyIsTheCallersOwn() {
        keys.remember("officer-kari", "k-1", Map.of("summary", "a"), UUID.randomUUID());
        assertThat(keys.find("officer-per", "k-1", Map.of("summary", "a"))).isEmpty();
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        keys.remember("officer-kari", "k-1", Map.of("summary", "a"), UUID.randomUUID());
        assertThatThrownBy(() -> keys.find("officer-kari", "k-1", Map.of("summary", "b")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo("idempotency-key-reused");
                    assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.UNPROCESSABLE);
                });
    }

    /** Two retries racing: the second to store the key loses (and its transaction, with its creation, rolls back). */
    @Test
    void aKeyStoredMeanwhileIsInFlight() {
        keys.remember("officer-kari", "k-1", Map.of("summary", "a"), UUID.randomUUID());
        assertThatThrownBy(() -> keys.remember("officer-kari", "k-1", Map.of("summary", "a"), UUID.randomUUID()))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo("idempotency-key-in-flight");
                    assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.STATE_CONFLICT);
                });
    }

    @Test
    void aResourceIsCreatedOncePerKeyAndEveryTimeWithoutOne() {
        List<UUID> created = new ArrayList<>();
        UUID first = keys.createOnce("officer-kari", "k-2", Map.of("summary", "a"), created::add);
        UUID retried = keys.createOnce("officer-kari", "k-2", Map.of("summary", "a"), created::add);
        assertThat(retried).isEqualTo(first);
        assertThat(created).containsExactly(first);

        UUID one = keys.createOnce("officer-kari", null, Map.of("summary", "a"), created::add);
        UUID another = keys.createOnce("officer-kari", null, Map.of("summary", "a"), created::add);
        assertThat(one).isNotEqualTo(another);
        assertThat(created).containsExactly(first, one, another);
    }
}
