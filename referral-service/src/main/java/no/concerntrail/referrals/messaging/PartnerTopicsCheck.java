package no.concerntrail.referrals.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.concerntrail.referrals.partner.Entitlement;
import no.concerntrail.referrals.partner.Entitlements;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: every configured agency's topic exists and this service may write it. An agency added to the
 * configuration before the topology made its topic and principal would otherwise stall the partner feed, its events
 * retried for ever behind a producer's timeout; here the service says which topic is missing, and is not ready.
 */
@Readiness
@ApplicationScoped
public class PartnerTopicsCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Entitlements entitlements;
    private final Admin admin;

    @Inject
    public PartnerTopicsCheck(Entitlements entitlements, @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.entitlements = entitlements;
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                config.put(name, value);
            }
        });
        this.admin = Admin.create(config);
    }

    @Override
    public HealthCheckResponse call() {
        List<String> topics = entitlements.all().stream().map(Entitlement::topic).toList();
        Map<String, String> problems = problems(topics);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("partner-topics").status(problems.isEmpty())
                .withData("agencies", topics.size());
        problems.forEach(response::withData);
        return response.build();
    }

    /** Per topic that is not there to publish to, why; empty when all are. One deadline for all of them. */
    Map<String, String> problems(List<String> topics) {
        Map<String, String> problems = new TreeMap<>();
        Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(topics, new DescribeTopicsOptions()
                .timeoutMs((int) TIMEOUT.toMillis()).includeAuthorizedOperations(true)).topicNameValues();
        for (String topic : topics) {
            try {
                Set<AclOperation> allowed = described.get(topic).get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS)
                        .authorizedOperations();
                if (allowed != null && !allowed.contains(AclOperation.WRITE) && !allowed.contains(AclOperation.ALL)) {
                    problems.put(topic, "this service may not write it");
                }
            } catch (ExecutionException e) {
                problems.put(topic, reason(e.getCause()));
            } catch (TimeoutException e) {
                problems.put(topic, reason(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.put(topic, "interrupted");
            }
        }
        return problems;
    }

    private static String reason(Throwable failure) {
        if (failure instanceof UnknownTopicOrPartitionException) {
            return "does not exist";
        }
        if (failure instanceof TopicAuthorizationException) {
            return "this service may not use it";
        }
        if (failure instanceof TimeoutException || failure instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "the broker did not answer within " + TIMEOUT.toSeconds() + " s";
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
