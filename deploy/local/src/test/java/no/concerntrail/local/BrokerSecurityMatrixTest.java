package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole matrix on the real secured broker: every caller (each principal of the topology with its password and
 * with a wrong one, and an anonymous client) on every listener (the clients' and the KRaft controller's) against
 * every topic and group. Exactly what the topology declares succeeds: a principal writes the topics it writes, reads
 * the topics it reads in its own groups, and nothing else; no one but the broker's admin creates topics or reads the
 * ACLs; a wrong password, no credentials and the controller listener (SASL/PLAIN for the broker alone) get nowhere.
 */
class BrokerSecurityMatrixTest {

    /** A reader of the police's internal topics, as the run command's demo consumer is. */
    private static final String READER = "demo-consumer";
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(3);

    private static LocalKafkaBroker broker;
    private static KafkaTopology topology;

    enum Outcome { ALLOWED, DENIED, UNREACHABLE }

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.builder().build().start();
        topology = KafkaTopology.concernTrail()
                .withPrincipal(ServicePrincipal.named(READER).reading(KafkaTopology.CASE_EVENTS,
                        KafkaTopology.CONVERSATION_EVENTS, KafkaTopology.REFERRAL_EVENTS));
        topology.apply(broker);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @TestFactory
    Stream<DynamicTest> eachPrincipalMayDoExactlyWhatTheTopologyDeclares() {
        List<DynamicTest> cells = new ArrayList<>();
        cells.add(DynamicTest.dynamicTest("the matrix holds every service, every partner agency, the analysts and a "
                + "reader", () -> assertThat(topology.principals()).extracting(ServicePrincipal::name).containsAll(
                        Stream.of(ConcernTrailServices.ALL.stream().map(ConcernTrailServices.Service::name),
                                ConcernTrailServices.PARTNER_AGENCIES.stream().map(KafkaTopology::partnerPrincipal),
                                Stream.of(ConcernTrailServices.ANALYST, READER)).flatMap(names -> names).toList())));
        for (ServicePrincipal principal : topology.principals()) {
            Map<String, Object> client = broker.clientProperties(principal.name());
            for (TopicSpec topic : topology.topics()) {
                String name = topic.name();
                cells.add(cell(principal.name() + " writes " + name, principal.writes().contains(name),
                        () -> produce(client, name)));
                cells.add(cell(principal.name() + " reads " + name + " in its group",
                        principal.reads().contains(name), () -> readInGroup(client, name, principal.group())));
                cells.add(cell(principal.name() + " reads " + name + " in a group of its own prefix",
                        principal.reads().contains(name),
                        () -> readInGroup(client, name, principal.group() + ".replay-" + UUID.randomUUID())));
                for (ServicePrincipal other : topology.principals()) {
                    if (!other.group().equals(principal.group()) && principal.reads().contains(name)) {
                        cells.add(cell(principal.name() + " reads " + name + " in " + other.name() + "'s group",
                                false, () -> readInGroup(client, name, other.group())));
                    }
                }
            }
            cells.add(cell(principal.name() + " creates a topic", false, () -> createTopic(client)));
            cells.add(cell(principal.name() + " reads the ACLs", false, () -> describeAcls(client)));
        }
        return cells.stream();
    }

    @TestFactory
    Stream<DynamicTest> noneGetsInWithAWrongPasswordWithoutCredentialsOrOnTheControllerListener() {
        List<DynamicTest> cells = new ArrayList<>();
        String controller = LocalKafkaBroker.HOST + ":" + broker.controllerPort();
        for (ServicePrincipal principal : topology.principals()) {
            Map<String, Object> wrongPassword = broker.clientProperties(principal.name(), "not-" + principal.password());
            cells.add(DynamicTest.dynamicTest(principal.name() + " with a wrong password", () ->
                    assertThat(produce(wrongPassword, principal.writes().stream().findFirst()
                            .orElse(KafkaTopology.CASE_EVENTS))).isEqualTo(Outcome.DENIED)));
            Map<String, Object> onController = new HashMap<>(broker.clientProperties(principal.name()));
            onController.remove(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
            onController.put(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, controller);
            cells.add(DynamicTest.dynamicTest(principal.name() + " on the controller listener", () ->
                    assertThat(describeAcls(onController)).isNotEqualTo(Outcome.ALLOWED)));
            // the controller speaks SASL/PLAIN, for the broker's own user alone
            Map<String, Object> plainOnController = new HashMap<>(onController);
            plainOnController.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
            plainOnController.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule "
                    + "required username=\"" + principal.name() + "\" password=\"" + principal.password() + "\";");
            cells.add(DynamicTest.dynamicTest(principal.name() + " with SASL/PLAIN on the controller listener", () ->
                    assertThat(describeAcls(plainOnController)).isEqualTo(Outcome.DENIED)));
        }
        Map<String, Object> anonymous = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        cells.add(DynamicTest.dynamicTest("an anonymous client writes " + KafkaTopology.CASE_EVENTS, () ->
                assertThat(produce(anonymous, KafkaTopology.CASE_EVENTS)).isNotEqualTo(Outcome.ALLOWED)));
        cells.add(DynamicTest.dynamicTest("an anonymous client reads the ACLs", () ->
                assertThat(describeAcls(anonymous)).isNotEqualTo(Outcome.ALLOWED)));
        Map<String, Object> anonymousOnController = Map.of(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, controller);
        cells.add(DynamicTest.dynamicTest("an anonymous client on the controller listener reads the ACLs", () ->
                assertThat(describeAcls(anonymousOnController)).isNotEqualTo(Outcome.ALLOWED)));
        return cells.stream();
    }

    private static DynamicTest cell(String name, boolean declared, Action action) {
        return DynamicTest.dynamicTest(name + (declared ? ": allowed" : ": denied"),
                () -> assertThat(action.run()).isEqualTo(declared ? Outcome.ALLOWED : Outcome.DENIED));
    }

    @FunctionalInterface
    private interface Action {
        Outcome run() throws Exception;
    }

    private static Outcome produce(Map<String, Object> client, String topic) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        // a plain producer: an idempotent one first asks for a producer id, and a refusal of that leaves it in an
        // error state in which every later send fails alike, whatever the topic's ACLs say
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(config)) {
            return outcome(() -> producer.send(new ProducerRecord<>(topic, "matrix", "probe")).get(10, TimeUnit.SECONDS));
        }
    }

    /** Fetches from the topic and commits an offset in the group: READ on both, without waiting for a rebalance. */
    private static Outcome readInGroup(Map<String, Object> client, String topic, String group) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(client, group)) {
            consumer.assign(List.of(partition));
            return outcome(() -> {
                consumer.poll(Duration.ofMillis(500));
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(0)), REFUSED_WITHIN);
                return null;
            });
        }
    }

    private static Outcome createTopic(Map<String, Object> client) throws Exception {
        try (Admin admin = admin(client)) {
            return outcome(() -> admin.createTopics(List.of(new NewTopic("matrix-" + UUID.randomUUID(), 1, (short) 1)))
                    .all().get(10, TimeUnit.SECONDS));
        }
    }

    private static Outcome describeAcls(Map<String, Object> client) throws Exception {
        try (Admin admin = admin(client)) {
            return outcome(() -> admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS));
        }
    }

    private static Admin admin(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis() / 2);
        return Admin.create(config);
    }

    @FunctionalInterface
    private interface Call {
        Object call() throws Exception;
    }

    /** ALLOWED, DENIED (the broker said no: authorisation or authentication), or UNREACHABLE (no answer at all). */
    private static Outcome outcome(Call call) throws Exception {
        try {
            call.call();
            return Outcome.ALLOWED;
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof AuthorizationException || cause instanceof AuthenticationException) {
                    return Outcome.DENIED;
                }
                if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
                    return Outcome.UNREACHABLE;
                }
            }
            throw e;
        }
    }
}
