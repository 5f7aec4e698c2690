package no.concerntrail.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * ConcernTrail's topics, principals and ACLs as data, applied with Kafka's {@link Admin} client.
 *
 * <p>Applying is idempotent and declarative for the principals it names: users are upserted, missing topics
 * created (existing ones get the declared configuration), missing ACLs created, and ACLs of these principals
 * that the topology no longer declares are deleted. Other principals' ACLs are left alone.
 *
 * <p>A service's topic and principal come from its entry in {@link ConcernTrailServices}. A partner agency:
 * {@link #withPartner(String)}.
 */
public final class KafkaTopology {

    public static final String CASE_EVENTS = ConcernTrailServices.CASE_EVENTS;
    public static final String CONVERSATION_EVENTS = ConcernTrailServices.CONVERSATION_EVENTS;
    public static final String REFERRAL_EVENTS = ConcernTrailServices.REFERRAL_EVENTS;
    public static final String ANALYTICS_EVENTS = ConcernTrailServices.ANALYTICS_EVENTS;

    /**
     * How long a partner topic keeps a record: long enough for an agency to be down a good while and still read what
     * was sent to it, short enough that the broker is not the partners' archive.
     */
    public static final Duration PARTNER_RETENTION = Duration.ofDays(30);

    private static final Duration PROPAGATION_TIMEOUT = Duration.ofSeconds(30);

    private final List<TopicSpec> topics;
    private final List<ServicePrincipal> principals;

    public KafkaTopology(List<TopicSpec> topics, List<ServicePrincipal> principals) {
        this.topics = List.copyOf(topics);
        this.principals = List.copyOf(principals);
        Set<String> names = new HashSet<>();
        for (ServicePrincipal principal : this.principals) {
            if (!names.add(principal.name())) {
                throw new IllegalArgumentException("principal declared twice: " + principal.name());
            }
            if (LocalKafkaBroker.ADMIN.equals(principal.name())) {
                throw new IllegalArgumentException("'admin' is the broker's super user, not a service");
            }
        }
        Set<String> topicNames = new HashSet<>();
        for (TopicSpec topic : this.topics) {
            if (!topicNames.add(topic.name())) {
                throw new IllegalArgumentException("topic declared twice: " + topic.name());
            }
        }
    }

    /** ConcernTrail's topology with a random password per principal. */
    public static KafkaTopology concernTrail() {
        return concernTrail(Map.of());
    }

    /**
     * ConcernTrail's topology: each service's event topic, and its principal, which writes that topic and reads the
     * topics the service consumes; each partner agency's referral topic and principal, which reads only that topic,
     * written by referral-service alone; and the analysts' topic and principal, which reads only that, written by
     * case-service alone.
     *
     * @param passwords principal name to password; a principal not in the map gets a random one
     */
    public static KafkaTopology concernTrail(Map<String, String> passwords) {
        List<TopicSpec> topics = ConcernTrailServices.ALL.stream()
                .map(service -> TopicSpec.eventLog(service.topic(), 3)).toList();
        List<ServicePrincipal> principals = ConcernTrailServices.ALL.stream()
                .map(service -> ServicePrincipal.named(service.name()).writing(service.topic())
                        .reading(service.reads().toArray(String[]::new)))
                .toList();
        KafkaTopology topology = new KafkaTopology(topics, principals);
        for (String agency : ConcernTrailServices.PARTNER_AGENCIES) {
            topology = topology.withPartner(agency);
        }
        // referral-service publishes each agency's feed; nobody else writes it
        topology = topology.withPrincipal(topology.principal(ConcernTrailServices.REFERRAL.name()).writing(
                ConcernTrailServices.PARTNER_AGENCIES.stream().map(KafkaTopology::partnerReferralsTopic)
                        .toArray(String[]::new)));
        // case-service publishes the analysts' pseudonymised history, which the analysts' principal alone reads
        topology = topology.withTopic(TopicSpec.eventLog(ANALYTICS_EVENTS, 3))
                .withPrincipal(topology.principal(ConcernTrailServices.CASE.name()).writing(ANALYTICS_EVENTS))
                .withPrincipal(ServicePrincipal.named(ConcernTrailServices.ANALYST).reading(ANALYTICS_EVENTS));
        for (ServicePrincipal principal : topology.principals()) {
            if (passwords.containsKey(principal.name())) {
                topology = topology.withPassword(principal.name(), passwords.get(principal.name()));
            }
        }
        return topology;
    }

    /** {@code concerntrail.partner.<agency>.referrals}: the only topic partner {@code agency} reads. */
    public static String partnerReferralsTopic(String agency) {
        return "concerntrail.partner." + agency + ".referrals";
    }

    /** {@code partner-<agency>}. */
    public static String partnerPrincipal(String agency) {
        return "partner-" + agency;
    }

    // ---------------------------------------------------------------------------------------------- building

    public KafkaTopology withTopic(TopicSpec topic) {
        List<TopicSpec> more = new ArrayList<>(topics);
        more.add(topic);
        return new KafkaTopology(more, principals);
    }

    /** Adds a principal, or replaces the one with the same name. */
    public KafkaTopology withPrincipal(ServicePrincipal principal) {
        List<ServicePrincipal> more = new ArrayList<>(principals);
        more.removeIf(p -> p.name().equals(principal.name()));
        more.add(principal);
        return new KafkaTopology(topics, more);
    }

    /**
     * Adds a partner agency: its referral topic, kept for {@link #PARTNER_RETENTION}, and principal
     * {@code partner-<agency>}, which reads only that.
     */
    public KafkaTopology withPartner(String agency) {
        return withPartner(agency, PARTNER_RETENTION);
    }

    /** {@link #withPartner(String)} with another retention, e.g. what the agency's agreement says. */
    public KafkaTopology withPartner(String agency, Duration retention) {
        String topic = partnerReferralsTopic(agency);
        return withTopic(TopicSpec.boundedFeed(topic, 1, retention))
                .withPrincipal(ServicePrincipal.named(partnerPrincipal(agency)).reading(topic));
    }

    /** Gives principal {@code name} another password. */
    public KafkaTopology withPassword(String name, String password) {
        return withPrincipal(principal(name).withPassword(password));
    }

    // ---------------------------------------------------------------------------------------------- reading

    public List<TopicSpec> topics() {
        return topics;
    }

    public List<ServicePrincipal> principals() {
        return principals;
    }

    public Optional<ServicePrincipal> findPrincipal(String name) {
        return principals.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The principal called {@code name}; an exception naming the known ones if there is none. */
    public ServicePrincipal principal(String name) {
        return findPrincipal(name).orElseThrow(() -> new IllegalArgumentException("no Kafka principal '" + name
                + "' in the topology; known: " + principals.stream().map(ServicePrincipal::name).toList()));
    }

    /** Principal name to password, for whoever starts the services. */
    public Map<String, String> passwords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        principals.forEach(p -> passwords.put(p.name(), p.password()));
        return passwords;
    }

    public List<AclBinding> aclBindings() {
        return principals.stream().flatMap(p -> p.aclBindings().stream()).toList();
    }

    // ---------------------------------------------------------------------------------------------- applying

    /**
     * Applies the topology to the embedded broker: the principals become its users (so
     * {@link LocalKafkaBroker#clientProperties(String)} knows them and a restart keeps them), then topics and
     * ACLs. Returns once the broker enforces all of it.
     */
    public void apply(LocalKafkaBroker broker) {
        broker.addUsers(passwords());
        try (Admin admin = broker.createAdmin()) {
            applyTopicsAndAcls(admin);
        }
    }

    /**
     * Applies the topology through an admin client of a super user (any cluster): upserts the SCRAM users,
     * creates topics and ACLs, removes ACLs of these principals the topology does not declare, and waits until
     * the broker serves the result.
     */
    public void apply(Admin admin) {
        if (!principals.isEmpty()) {
            await(admin.alterUserScramCredentials(ScramCredentials.upsertions(passwords())).all(), "upsert SCRAM users");
        }
        applyTopicsAndAcls(admin);
    }

    private void applyTopicsAndAcls(Admin admin) {
        createTopics(admin);
        reconcileAcls(admin);
        awaitTopics(admin);
    }

    private void createTopics(Admin admin) {
        if (topics.isEmpty()) {
            return;
        }
        CreateTopicsResult result = admin.createTopics(topics.stream().map(TopicSpec::toNewTopic).toList());
        Map<ConfigResource, Collection<AlterConfigOp>> configsOfExisting = new LinkedHashMap<>();
        for (TopicSpec topic : topics) {
            try {
                await(result.values().get(topic.name()), "create topic " + topic.name());
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof ExecutionException ee && ee.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                if (!topic.config().isEmpty()) {
                    configsOfExisting.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                            topic.config().entrySet().stream()
                                    .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                                    .toList());
                }
            }
        }
        if (!configsOfExisting.isEmpty()) {
            await(admin.incrementalAlterConfigs(configsOfExisting).all(), "configure existing topics");
        }
    }

    private void reconcileAcls(Admin admin) {
        Set<AclBinding> wanted = new HashSet<>(aclBindings());
        Set<String> managed = principals.stream().map(ServicePrincipal::principal).collect(Collectors.toSet());
        Collection<AclBinding> existing = await(admin.describeAcls(AclBindingFilter.ANY).values(), "describe ACLs");
        List<AclBindingFilter> stale = existing.stream()
                .filter(b -> managed.contains(b.entry().principal()) && !wanted.contains(b))
                .map(AclBinding::toFilter)
                .toList();
        if (!stale.isEmpty()) {
            await(admin.deleteAcls(stale).all(), "delete stale ACLs");
        }
        List<AclBinding> missing = wanted.stream().filter(b -> !existing.contains(b)).toList();
        if (!missing.isEmpty()) {
            await(admin.createAcls(missing).all(), "create ACLs");
        }
        // the controller has committed them; wait until the broker's authorizer has them too
        awaitUntil(() -> {
            Set<AclBinding> served = new HashSet<>(await(admin.describeAcls(AclBindingFilter.ANY).values(), "describe ACLs"));
            return served.containsAll(wanted) && stale.stream().noneMatch(f -> served.stream().anyMatch(f::matches));
        }, "ACLs to reach the broker");
    }

    private void awaitTopics(Admin admin) {
        if (topics.isEmpty()) {
            return;
        }
        List<String> names = topics.stream().map(TopicSpec::name).toList();
        awaitUntil(() -> {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                        .get(5, TimeUnit.SECONDS);
                return described.values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
            } catch (ExecutionException | TimeoutException e) {
                return false;
            }
        }, "topics to have leaders");
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void awaitUntil(Check check, String what) {
        long deadline = System.nanoTime() + PROPAGATION_TIMEOUT.toNanos();
        try {
            while (!check.done()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out waiting for " + what);
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("waiting for " + what, e);
        }
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(PROPAGATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "KafkaTopology[topics=" + topics.stream().map(TopicSpec::name).toList() + ", principals=" + principals + "]";
    }
}
