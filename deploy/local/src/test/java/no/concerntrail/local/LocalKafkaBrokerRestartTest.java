package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aRestartKeepsThePortAndTheDataAndWaitingProducersDeliverInOrder() throws Exception {
        KafkaTopology topology = KafkaTopology.concernTrail();
        try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDirectory(dataDirectory).build().start()) {
            topology.apply(broker);
            String bootstrap = broker.bootstrapServers();
            var producerProperties = broker.clientProperties("case-service");
            producerProperties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
            producerProperties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            producerProperties.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
            // a send may have to wait for metadata until the broker is back, not give up after 10 s
            producerProperties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);

            try (KafkaProducer<String, String> producer = KafkaTestClients.producer(producerProperties)) {
                producer.send(new ProducerRecord<>(KafkaTopology.CASE_EVENTS, "case-7", "event-0")).get(10, TimeUnit.SECONDS);

                long stopBegin = System.nanoTime();
                broker.stop();
                System.out.printf("broker stopped in %d ms%n", (System.nanoTime() - stopBegin) / 1_000_000);
                assertThat(broker.isRunning()).isFalse();

                // appended while the broker is down, in order, from one thread: the producer buffers them, or
                // (when it has dropped the topic's metadata) send itself blocks until the broker is back
                ExecutorService appender = Executors.newSingleThreadExecutor();
                try {
                    Future<List<Future<RecordMetadata>>> sent = appender.submit(() -> {
                        List<Future<RecordMetadata>> pending = new ArrayList<>();
                        for (int i = 1; i <= 3; i++) {
                            pending.add(producer.send(
                                    new ProducerRecord<>(KafkaTopology.CASE_EVENTS, "case-7", "event-" + i)));
                        }
                        return pending;
                    });
                    Thread.sleep(500);

                    broker.start();
                    System.out.printf("broker restarted in %d ms%n", broker.lastStartMillis());
                    assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
                    for (Future<RecordMetadata> future : sent.get(60, TimeUnit.SECONDS)) {
                        future.get(30, TimeUnit.SECONDS);
                    }
                } finally {
                    appender.shutdownNow();
                }
            }

            try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(
                    broker.clientProperties("conversation-service"), "conversation-service.restart-test")) {
                consumer.subscribe(List.of(KafkaTopology.CASE_EVENTS));
                List<ConsumerRecord<String, String>> records = KafkaTestClients.poll(consumer, 4, Duration.ofSeconds(20));
                assertThat(records).extracting(ConsumerRecord::value)
                        .containsExactly("event-0", "event-1", "event-2", "event-3");
            }
        }
        assertThat(Files.exists(dataDirectory.resolve("admin.password"))).isTrue();
    }

    @Test
    void aNewBrokerOnAKeptDirectoryTakesNewServicePasswords() throws Exception {
        try (LocalKafkaBroker first = LocalKafkaBroker.builder().dataDirectory(dataDirectory).build().start()) {
            KafkaTopology.concernTrail().apply(first);
            try (KafkaProducer<String, String> producer = KafkaTestClients.producer(first.clientProperties("case-service"))) {
                producer.send(new ProducerRecord<>(KafkaTopology.CASE_EVENTS, "case-8", "before")).get(10, TimeUnit.SECONDS);
            }
        }
        // as the local stack does on its next run: same directory, fresh random passwords
        KafkaTopology rotated = KafkaTopology.concernTrail();
        try (LocalKafkaBroker second = LocalKafkaBroker.builder().dataDirectory(dataDirectory)
                .users(rotated.passwords()).build().start()) {
            rotated.apply(second);
            try (KafkaProducer<String, String> producer = KafkaTestClients.producer(second.clientProperties("case-service"))) {
                producer.send(new ProducerRecord<>(KafkaTopology.CASE_EVENTS, "case-8", "after")).get(10, TimeUnit.SECONDS);
            }
            try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(
                    second.clientProperties("conversation-service"), "conversation-service.kept")) {
                consumer.subscribe(List.of(KafkaTopology.CASE_EVENTS));
                assertThat(KafkaTestClients.poll(consumer, 2, Duration.ofSeconds(20)))
                        .extracting(ConsumerRecord::value).containsExactly("before", "after");
            }
        }
    }

    @Test
    void aKilledBrokerComesBackWithEveryAcknowledgedRecord() throws Exception {
        KafkaTopology topology = KafkaTopology.concernTrail();
        try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDirectory(dataDirectory).build().start()) {
            topology.apply(broker);
            List<String> acknowledged = new ArrayList<>();
            try (KafkaProducer<String, String> producer = KafkaTestClients.producer(broker.clientProperties("case-service"))) {
                for (int i = 0; i < 50; i++) {
                    producer.send(new ProducerRecord<>(KafkaTopology.CASE_EVENTS, "case-9", "event-" + i))
                            .get(10, TimeUnit.SECONDS);
                    acknowledged.add("event-" + i);
                }
            }
            long pid = broker.pid();

            broker.kill();
            assertThat(broker.isRunning()).isFalse();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));

            broker.start();
            System.out.printf("killed broker back in %d ms%n", broker.lastStartMillis());
            assertThat(broker.pid()).isNotEqualTo(pid);
            try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(
                    broker.clientProperties("conversation-service"), "conversation-service.killed")) {
                consumer.subscribe(List.of(KafkaTopology.CASE_EVENTS));
                assertThat(KafkaTestClients.poll(consumer, 50, Duration.ofSeconds(20)))
                        .extracting(ConsumerRecord::value).containsExactlyElementsOf(acknowledged);
            }
        }
    }

    @Test
    void aBrokerEndsWithTheProcessThatStartedItEvenWhenThatIsKilled() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BrokerParent.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var lines = new BufferedReader(new InputStreamReader(parent.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            assertThat(line).as("the parent's report").startsWith("broker pid ");
            ProcessHandle broker = ProcessHandle.of(Long.parseLong(line.substring("broker pid ".length()))).orElseThrow();
            assertThat(broker.isAlive()).isTrue();

            parent.destroyForcibly();
            assertThat(parent.waitFor(20, TimeUnit.SECONDS)).isTrue();
            // its stdin pipe closes with the parent: the broker shuts down rather than hold its ports for ever
            broker.onExit().get(40, TimeUnit.SECONDS);
            assertThat(broker.isAlive()).isFalse();
        } finally {
            parent.destroyForcibly();
        }
    }

    /** A process that starts a broker, says its pid and waits to be killed. */
    static final class BrokerParent {
        public static void main(String[] args) throws InterruptedException {
            LocalKafkaBroker broker = LocalKafkaBroker.startTemporary();
            System.out.println("broker pid " + broker.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
