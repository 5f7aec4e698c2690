package no.concerntrail.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Load and replay benchmark of case-service on the real stack (fresh PostgreSQL and secured Kafka,
 * the service as its own JVM): concurrent clients drive concerns through their lives over REST,
 * then it measures how long publication to Kafka takes to catch up, how fast the full history
 * replays from the topic, and the service's resident memory. Prints Markdown tables for the README.
 * Settings: -Dconcerns (default 2000), -Dclients (default 16), -Dwarmup (default 200).
 */
public final class CaseServiceBenchmark {

    private static final String TOPIC = ConcernTrailServices.CASE.topic();

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.of(args, "concerns", 2000, 200);
        int concerns = settings.count();

        try (LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(settings.work()).start()) {
            ServiceProcess service = settings.start(infra, ConcernTrailServices.CASE);
            try {
                BenchmarkSettings.awaitReady(service);
                ConcernScenario scenario = ConcernScenario.on(infra, service);

                Latencies ignored = new Latencies();
                Latencies latencies = new Latencies();
                long loadNanos = settings.warmThenMeasure(n -> scenario.run(n, ignored),
                        n -> scenario.run(n, latencies));

                long expectedEvents = (long) (settings.warmup() + concerns) * ConcernScenario.EVENTS;
                long catchUpNanos = readTopic(infra, TOPIC, expectedEvents).nanos();
                Replay replay = readTopic(infra, TOPIC, expectedEvents);
                long rssMib = Load.residentMebibytes(service.pid());

                System.out.printf("%n## case-service benchmark: %d concerns x %d commands + 1 history read, %d clients, "
                        + "%d cores%n%n", concerns, ConcernScenario.EVENTS, settings.clients(),
                        Runtime.getRuntime().availableProcessors());
                System.out.println(latencies.table(ConcernScenario.STEPS));
                System.out.println("| measure | value |\n|---|---:|");
                System.out.printf("| requests per second (all steps) | %.0f |%n", latencies.count() / Load.seconds(loadNanos));
                System.out.printf("| events appended per second | %.0f |%n",
                        concerns * ConcernScenario.EVENTS / Load.seconds(loadNanos));
                System.out.printf("| publication caught up after the load ended | %.2f s |%n", Load.seconds(catchUpNanos));
                System.out.printf("| full topic replay by a plain consumer (%d events) | %.2f s, %.0f events/s |%n",
                        replay.events(), Load.seconds(replay.nanos()), replay.events() / Load.seconds(replay.nanos()));
                System.out.printf("| case-service resident memory after the load | %d MiB |%n", rssMib);
            } finally {
                service.stop();
            }
        }
    }

    record Replay(long events, long nanos) {
    }

    /** Reads the topic from the start with a new consumer group until {@code expected} events have come. */
    static Replay readTopic(LocalInfrastructure infra, String topic, long expected) {
        Map<String, Object> config = new HashMap<>(infra.kafka().adminClientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        long start = System.nanoTime();
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (count < expected && System.nanoTime() < deadline) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        if (count < expected) {
            throw new IllegalStateException("only " + count + " of " + expected + " events reached " + topic);
        }
        return new Replay(count, System.nanoTime() - start);
    }
}
