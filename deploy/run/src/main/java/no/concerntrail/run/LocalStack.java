package no.concerntrail.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.concerntrail.local.LocalInfrastructure;

/**
 * The README's run command: a real PostgreSQL and a secured real Kafka broker in this JVM, then each
 * service as its own process from its built quarkus-app, configured with its own database and Kafka
 * principal. Prints where everything is and a development token per role; Ctrl-C stops it all.
 */
public final class LocalStack {

    private static final List<Service> SERVICES = List.of(new Service("case-service", 8081));
    private static final List<String> ROLES = List.of("case-worker", "team-lead", "analyst");
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final int KAFKA_PORT = 19092;
    private static final int POSTGRES_PORT = 15432;

    record Service(String name, int port) {
        Path app(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path stackDirectory = root.resolve(".local-stack");
        Files.createDirectories(stackDirectory);

        // fixed ports, so the kept data (and the printed addresses) stay valid from one run to the next
        LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(stackDirectory)
                .kafkaPort(KAFKA_PORT).postgresPort(POSTGRES_PORT).start();
        List<Process> processes = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(processes, infra);
            stopped.countDown();
        }, "local-stack-shutdown"));

        for (Service service : SERVICES) {
            processes.add(start(service, root, stackDirectory, infra));
        }
        for (Service service : SERVICES) {
            awaitReady(service, stackDirectory);
        }
        printWelcome(infra);
        stopped.await();
    }

    private static Process start(Service service, Path root, Path stackDirectory, LocalInfrastructure infra)
            throws IOException {
        Path app = service.app(root);
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: build first (mvn -Prun -DskipTests verify does)");
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", app.toString())
                .redirectErrorStream(true)
                .redirectOutput(stackDirectory.resolve(service.name() + ".log").toFile());
        builder.environment().putAll(infra.serviceEnvironment(service.name()));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        return builder.start();
    }

    private static void awaitReady(Service service, Path stackDirectory) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready")).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " did not become ready; see "
                + stackDirectory.resolve(service.name() + ".log"));
    }

    private static void printWelcome(LocalInfrastructure infra) {
        StringBuilder text = new StringBuilder("\nConcernTrail is running (Ctrl-C stops everything)\n\n");
        for (Service service : SERVICES) {
            text.append(String.format("  %-22s %s%n", service.name(), service.url()));
            text.append(String.format("  %-22s %s/q/swagger-ui%n", "  Swagger UI", service.url()));
        }
        text.append(String.format("  %-22s %s%n", "Kafka (SASL/SCRAM)", infra.kafka().bootstrapServers()));
        text.append(String.format("  %-22s %s%n", "PostgreSQL", infra.postgres().jdbcUrl("postgres")));
        text.append("\nDevelopment tokens (valid ").append(TOKEN_LIFETIME.toHours()).append(" h), use as "
                + "'Authorization: Bearer <token>':\n");
        for (String role : ROLES) {
            text.append("\n  ").append(role).append(":\n  ")
                    .append(infra.tokens().token("dev-" + role, Set.of(role), TOKEN_LIFETIME)).append('\n');
        }
        System.out.println(text);
    }

    private static void stop(List<Process> processes, LocalInfrastructure infra) {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        infra.close();
        System.out.println("ConcernTrail stopped.");
    }
}
