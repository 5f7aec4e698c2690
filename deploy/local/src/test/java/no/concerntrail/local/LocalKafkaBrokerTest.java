package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One secured broker for the whole class, with ConcernTrail's topology applied. */
class LocalKafkaBrokerTest {

    private static LocalKafkaBroker broker;
    private static KafkaTopology topology;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.builder().build().start();
        System.out.printf("secured broker started in %d ms%n", broker.lastStartMillis());
        topology = KafkaTopology.concernTrail();
        long begin = System.nanoTime();
        topology.apply(broker);
        System.out.printf("topology applied in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void topicsAreCreatedAsDeclared() throws Exception {
        try (Admin admin = broker.createAdmin()) {
            TopicDescription caseEvents = admin.describeTopics(List.of(KafkaTopology.CASE_EVENTS))
                    .allTopicNames().get(10, TimeUnit.SECONDS).get(KafkaTopology.CASE_EVENTS);
            assertThat(caseEvents.partitions()).hasSize(3);
            assertThat(caseEvents.partitions().get(0).replicas()).hasSize(1);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, KafkaTopology.CASE_EVENTS);
            var config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
        }
    }

    @Test
    void caseServiceProducesToItsTopic() throws Exception {
        String key = "case-" + UUID.randomUUID();
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(broker.clientProperties("case-service"))) {
            written = producer.send(new ProducerRecord<>(KafkaTopology.CASE_EVENTS, key, "opened"))
                    .get(10, TimeUnit.SECONDS);
        }
        // and a reader that may read it (conversation-service, with its group prefix) gets that very record
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(
                broker.clientProperties("conversation-service"), "conversation-service.test")) {
            consumer.subscribe(List.of(KafkaTopology.CASE_EVENTS));
            assertThat(KafkaTestClients.awaitRecord(consumer, key, Duration.ofSeconds(15)))
                    .satisfies(record -> {
                        assertThat(record.value()).isEqualTo("opened");
                        assertThat(record.partition()).isEqualTo(written.partition());
                        assertThat(record.offset()).isEqualTo(written.offset());
                    });
        }
    }

    @Test
    void caseServiceMayNotProduceToAnotherTopic() {
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(broker.clientProperties("case-service"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(KafkaTopology.CONVERSATION_EVENTS, "k", "v"))
                    .get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void caseServiceMayNotReadEvenItsOwnTopic() {
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(
                broker.clientProperties("case-service"), "case-service.reader")) {
            consumer.subscribe(List.of(KafkaTopology.CASE_EVENTS));
            assertThatThrownBy(() -> KafkaTestClients.poll(consumer, 1, Duration.ofSeconds(10)))
                    .isInstanceOfAny(GroupAuthorizationException.class, TopicAuthorizationException.class);
        }
    }

    @Test
    void conversationServiceMayNotUseAnotherGroupPrefix() {
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(
                broker.clientProperties("conversation-service"), "case-service.stolen")) {
            consumer.subscribe(List.of(KafkaTopology.CASE_EVENTS));
            assertThatThrownBy(() -> KafkaTestClients.poll(consumer, 1, Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void caseServiceMayNotCreateTopics() {
        try (Admin admin = Admin.create(broker.clientProperties("case-service"))) {
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic("concerntrail.sneaky", 1, (short) 1)))
                    .all().get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRejected() {
        Map<String, Object> properties = broker.clientProperties("case-service", "not-the-password");
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(properties)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(KafkaTopology.CASE_EVENTS, "k", "v"))
                    .get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aClientWithoutSaslGetsNowhere() {
        Map<String, Object> properties = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000);
        try (Admin admin = Admin.create(properties)) {
            // the SASL listener drops a client that skips the handshake: it never gets an answer
            assertThatThrownBy(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    /** A partner's groups are its own: "partner-ab" may not use the groups of "partner-ab-c", whose name it begins. */
    @Test
    void aPrincipalWhoseNameBeginsAnothersMayNotUseItsGroups() throws Exception {
        KafkaTopology partners = topology.withPartner("ab").withPartner("ab-c");
        partners.apply(broker);
        String ab = KafkaTopology.partnerPrincipal("ab");
        String referral = "referral-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(broker.adminClientProperties())) {
            producer.send(new ProducerRecord<>(KafkaTopology.partnerReferralsTopic("ab"), referral, "made"))
                    .get(10, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> stolen = KafkaTestClients.consumer(broker.clientProperties(ab),
                KafkaTopology.partnerPrincipal("ab-c") + ".app")) {
            stolen.subscribe(List.of(KafkaTopology.partnerReferralsTopic("ab")));
            assertThatThrownBy(() -> KafkaTestClients.poll(stolen, 1, Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
        try (KafkaConsumer<String, String> own = KafkaTestClients.consumer(broker.clientProperties(ab), ab)) {
            own.subscribe(List.of(KafkaTopology.partnerReferralsTopic("ab")));
            assertThat(KafkaTestClients.awaitRecord(own, referral, Duration.ofSeconds(15)).value()).isEqualTo("made");
        }
        // withdrawn again, so the other tests see ConcernTrail's ACLs alone
        KafkaTopology withdrawn = partners;
        for (String partner : List.of(ab, KafkaTopology.partnerPrincipal("ab-c"))) {
            withdrawn = withdrawn.withPrincipal(new ServicePrincipal(partner, partners.principal(partner).password(),
                    Set.of(), Set.of(), partner));
        }
        withdrawn.apply(broker);
    }

    /** The controller listener is no way around SASL and the ACLs: without credentials, nothing gets granted. */
    @Test
    void theControllerListenerRefusesAClientWithoutCredentials() throws Exception {
        Map<String, Object> properties = Map.of(
                AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, LocalKafkaBroker.HOST + ":" + broker.controllerPort(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000);
        AclBinding grant = new AclBinding(
                new ResourcePattern(ResourceType.TOPIC, KafkaTopology.CASE_EVENTS, PatternType.LITERAL),
                new AccessControlEntry("User:intruder", "*", AclOperation.READ, AclPermissionType.ALLOW));
        try (Admin anonymous = Admin.create(properties)) {
            assertThatThrownBy(() -> anonymous.createAcls(List.of(grant)).all().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                    .noneMatch(b -> b.entry().principal().equals("User:intruder"));
        }
    }

    @Test
    void applyingTheTopologyAgainChangesNothing() throws Exception {
        topology.apply(broker);
        try (Admin admin = broker.createAdmin()) {
            Set<AclBinding> acls = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS));
            assertThat(acls).containsExactlyInAnyOrderElementsOf(topology.aclBindings());
        }
    }

    @Test
    void aNarrowerTopologyRemovesTheRightsItNoLongerDeclares() throws Exception {
        String agency = "testville";
        KafkaTopology withPartner = topology.withPartner(agency);
        withPartner.apply(broker);
        String partner = KafkaTopology.partnerPrincipal(agency);
        try (Admin admin = broker.createAdmin()) {
            ConfigResource feed = new ConfigResource(ConfigResource.Type.TOPIC, KafkaTopology.partnerReferralsTopic(agency));
            var config = admin.describeConfigs(List.of(feed)).all().get(10, TimeUnit.SECONDS).get(feed);
            // partners keep what they receive in their own records: the broker only for a bounded time
            assertThat(config.get("retention.ms").value()).isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
        }
        // the partner reads its referrals topic, and nothing else
        String referral = "referral-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(broker.adminClientProperties())) {
            producer.send(new ProducerRecord<>(KafkaTopology.partnerReferralsTopic(agency), referral, "made"))
                    .get(10, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(broker.clientProperties(partner), partner + ".app")) {
            consumer.subscribe(List.of(KafkaTopology.partnerReferralsTopic(agency)));
            assertThat(KafkaTestClients.awaitRecord(consumer, referral, Duration.ofSeconds(15)).value()).isEqualTo("made");
        }
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(broker.clientProperties(partner), partner + ".app")) {
            consumer.subscribe(List.of(KafkaTopology.CASE_EVENTS));
            assertThatThrownBy(() -> KafkaTestClients.poll(consumer, 1, Duration.ofSeconds(10)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        // the partner no longer reads anything once its rights are withdrawn
        ServicePrincipal stripped = new ServicePrincipal(partner, withPartner.principal(partner).password(),
                Set.of(), Set.of(), partner);
        withPartner.withPrincipal(stripped).apply(broker);
        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                    .noneMatch(b -> b.entry().principal().equals("User:" + partner));
        }
    }
}
