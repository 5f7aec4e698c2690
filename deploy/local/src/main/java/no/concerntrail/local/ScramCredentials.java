package no.concerntrail.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/** SCRAM-SHA-256 users as Kafka's admin API takes them: the broker's own users and the topology's principals alike. */
final class ScramCredentials {

    private static final int ITERATIONS = 4096;

    private ScramCredentials() {
    }

    /** One upsertion per user, name to password. */
    static List<UserScramCredentialAlteration> upsertions(Map<String, String> namesToPasswords) {
        List<UserScramCredentialAlteration> alterations = new ArrayList<>();
        namesToPasswords.forEach((name, password) -> alterations.add(new UserScramCredentialUpsertion(
                name, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, ITERATIONS), password)));
        return alterations;
    }

    /** Upserts the users through {@code admin} and waits until the controller has committed them. */
    static void upsert(Admin admin, Map<String, String> namesToPasswords) {
        try {
            admin.alterUserScramCredentials(upsertions(namesToPasswords)).all()
                    .get(BrokerReadiness.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not upsert Kafka users " + namesToPasswords.keySet(), e);
        }
    }
}
