package no.concerntrail.e2e;

import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The README's partner consumer ({@code deploy/partner-consumer/consumer.mjs}, kafkajs and the CloudEvents SDK) as a
 * process of its own, as a partner agency runs it: the events it prints (one JSON line each) and what it says on
 * stderr.
 */
final class NodePartnerConsumer implements AutoCloseable {

    private static final Path DIRECTORY = Path.of("").toAbsolutePath().resolve("../partner-consumer").normalize();

    private final Process process;
    private final List<JsonPath> events = new ArrayList<>();
    private final StringBuilder errors = new StringBuilder();

    private NodePartnerConsumer(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("node", "consumer.mjs").directory(DIRECTORY.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        reader(process.getInputStream(), line -> {
            synchronized (events) {
                events.add(JsonPath.from(line));
            }
        });
        reader(process.getErrorStream(), line -> {
            synchronized (errors) {
                errors.append(line).append('\n');
            }
        });
    }

    /** Reads {@code agency}'s topic as {@code principal}, with that principal's password. */
    static NodePartnerConsumer start(AllServices services, String agency, String principal) throws IOException {
        return new NodePartnerConsumer(Map.of("PARTNER_AGENCY", agency, "KAFKA_USERNAME", principal,
                "KAFKA_PASSWORD", services.kafkaPassword(principal), "KAFKA_BROKERS", services.bootstrapServers(),
                "KAFKA_GROUP", principal + ".e2e-" + System.nanoTime()));
    }

    /** The first event printed that matches, waiting at most {@code timeout}. */
    Optional<JsonPath> awaitEvent(Predicate<JsonPath> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            synchronized (events) {
                Optional<JsonPath> found = events.stream().filter(wanted).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    /** Its exit code once it ended by itself within {@code timeout}; empty if it still runs. */
    Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    String errors() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void reader(InputStream stream, Consumer<String> line) {
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                lines.lines().forEach(line);
            } catch (IOException ended) {
                // the process is gone
            }
        }, "partner-consumer-output");
        thread.setDaemon(true);
        thread.start();
    }
}
