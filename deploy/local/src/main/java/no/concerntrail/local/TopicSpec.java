package no.concerntrail.local;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * A topic as data: name, partition count, replication factor and topic-level configuration.
 *
 * @param name              the topic name
 * @param partitions        the number of partitions
 * @param replicationFactor replicas per partition (1 on the single-node local broker)
 * @param config            topic configuration, e.g. {@code retention.ms}
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> config) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition and one replica: " + name);
        }
        config = Map.copyOf(config);
    }

    /**
     * An event topic: kept forever ({@code retention.ms=-1}, {@code cleanup.policy=delete}); the events are the
     * history, consumers may replay it from the start.
     */
    public static TopicSpec eventLog(String name, int partitions) {
        return new TopicSpec(name, partitions, (short) 1, Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }

    /**
     * A feed whose records are kept for {@code retention} only: what a partner agency receives, and keeps in its own
     * records under its own law; the police's own topics hold the history.
     */
    public static TopicSpec boundedFeed(String name, int partitions, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("a bounded feed keeps its records for a positive time: " + name);
        }
        return new TopicSpec(name, partitions, (short) 1, Map.of(
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()),
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }

    public TopicSpec withReplicationFactor(short replicationFactor) {
        return new TopicSpec(name, partitions, replicationFactor, config);
    }

    public NewTopic toNewTopic() {
        return new NewTopic(name, Optional.of(partitions), Optional.of(replicationFactor)).configs(config);
    }
}
