package no.concerntrail.local;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * A Kafka user (SASL/SCRAM) and exactly what it may do. Its ACLs are derived, nothing else is granted:
 * <ul>
 *   <li>each topic in {@code writes}: WRITE + DESCRIBE (literal); enough for an idempotent producer;</li>
 *   <li>each topic in {@code reads}: READ + DESCRIBE (literal);</li>
 *   <li>if it reads anything: READ on its consumer group {@code group} (literal) and on the groups whose id starts with
 *   {@code group + "."} (prefixed): a principal {@code partner-x} can never use {@code partner-x-y}'s groups.</li>
 * </ul>
 * No CREATE, no cluster rights: topics come from the {@link KafkaTopology}.
 *
 * @param name        the SCRAM user name, e.g. {@code case-service}
 * @param password    its password
 * @param writes      the topics it produces to
 * @param reads       the topics it consumes
 * @param group    its consumer group id, and the prefix (with a '.') of any other it may use; usually its name
 */
public record ServicePrincipal(String name, String password, Set<String> writes, Set<String> reads, String group) {

    /** Between a principal's group and the rest of a group id of its own: not '-', which names may hold. */
    public static final String GROUP_SEPARATOR = ".";

    public ServicePrincipal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(group, "group");
        writes = Set.copyOf(writes);
        reads = Set.copyOf(reads);
    }

    /** A principal that may do nothing yet, with a random password and its name as its consumer group. */
    public static ServicePrincipal named(String name) {
        return new ServicePrincipal(name, Secrets.password(), Set.of(), Set.of(), name);
    }

    public ServicePrincipal writing(String... topics) {
        return new ServicePrincipal(name, password, union(writes, topics), reads, group);
    }

    public ServicePrincipal reading(String... topics) {
        return new ServicePrincipal(name, password, writes, union(reads, topics), group);
    }

    public ServicePrincipal withPassword(String newPassword) {
        return new ServicePrincipal(name, newPassword, writes, reads, group);
    }

    /** {@code User:<name>}, as Kafka's ACLs name it. */
    public String principal() {
        return "User:" + name;
    }

    /** The {@code sasl.jaas.config} a client of this principal uses. */
    public String jaasConfig() {
        return LocalKafkaBroker.jaasConfig(name, password);
    }

    /** Every ACL this principal has, and no other. */
    public List<AclBinding> aclBindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (String topic : sorted(writes)) {
            bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
            bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        for (String topic : sorted(reads)) {
            bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
            if (!writes.contains(topic)) {
                bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
            }
        }
        if (!reads.isEmpty()) {
            bindings.add(allow(ResourceType.GROUP, group, PatternType.LITERAL, AclOperation.READ));
            bindings.add(allow(ResourceType.GROUP, group + GROUP_SEPARATOR, PatternType.PREFIXED, AclOperation.READ));
        }
        return bindings;
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "ServicePrincipal[" + name + ", writes=" + sorted(writes) + ", reads=" + sorted(reads)
                + ", group=" + group + "]";
    }

    private AclBinding allow(ResourceType type, String resource, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, resource, pattern),
                new AccessControlEntry(principal(), "*", operation, AclPermissionType.ALLOW));
    }

    private static Set<String> union(Set<String> existing, String... more) {
        Set<String> all = new LinkedHashSet<>(existing);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
