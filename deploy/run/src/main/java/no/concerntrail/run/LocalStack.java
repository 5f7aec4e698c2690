package no.concerntrail.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.ServiceProcess;

/**
 * The README's run command: a real PostgreSQL and a secured real Kafka broker, each its own process, then each
 * service as its own process, configured with its own database and Kafka principal. Prints where
 * everything is and a development token per role; starts the broker again if it dies; Ctrl-C stops it all.
 */
public final class LocalStack {

    private static final List<String> ROLES = List.of("case-worker", "team-lead", "analyst");
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    // fixed ports, so the kept data (and the printed addresses) stay valid from one run to the next
    private static final int KAFKA_PORT = 19092;
    private static final int POSTGRES_PORT = 15432;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path stackDirectory = Files.createDirectories(root.resolve(".local-stack"));

        LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(stackDirectory)
                .kafkaPort(KAFKA_PORT).postgresPort(POSTGRES_PORT).topology(DeveloperCredentials.topology()).start();
        List<ServiceProcess> services = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            services.forEach(ServiceProcess::stop);
            infra.close();
            System.out.println("ConcernTrail stopped.");
            stopped.countDown();
        }, "local-stack-shutdown"));

        for (ConcernTrailServices.Service service : ConcernTrailServices.ALL) {
            services.add(infra.startService(service, service.port(), service.managementPort(), root, stackDirectory));
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(90));
        }
        Path credentials = DeveloperCredentials.write(stackDirectory, infra, ROLES, TOKEN_LIFETIME);
        printWelcome(infra, services, root.relativize(credentials));
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            restartBrokerIfDead(infra, stopping);
        }
    }

    /** A broker that crashed, or was killed, comes back on its port with its data; the services reconnect by themselves. */
    private static void restartBrokerIfDead(LocalInfrastructure infra, AtomicBoolean stopping) {
        if (stopping.get() || infra.kafka().isRunning()) {
            return;
        }
        System.out.println("The Kafka broker has died; starting it again (its log: .local-stack/kafka/broker.log)");
        try {
            infra.kafka().start();
            System.out.printf("The Kafka broker is back (pid %d) after %d ms%n", infra.kafka().pid(),
                    infra.kafka().lastStartMillis());
        } catch (RuntimeException e) {
            System.out.println("The Kafka broker did not start: " + e.getMessage() + "; trying again");
        }
    }

    private static void printWelcome(LocalInfrastructure infra, List<ServiceProcess> services, Path credentials) {
        StringBuilder text = new StringBuilder("\nConcernTrail is running (Ctrl-C stops everything)\n\n");
        for (ServiceProcess service : services) {
            text.append(String.format("  %-22s %s%n", service.name(), service.url()));
            text.append(String.format("  %-22s %s/q/swagger-ui%n", "  Swagger UI", service.url()));
            text.append(String.format("  %-22s %s/q/health, /q/metrics%n", "  health, metrics", service.managementUrl()));
        }
        text.append(String.format("  %-22s %s (pid %d, started again if it dies)%n", "Kafka (SASL/SCRAM)",
                infra.kafka().bootstrapServers(), infra.kafka().pid()));
        text.append(String.format("  %-22s %s%n", "PostgreSQL", infra.postgres().jdbcUrl("postgres")));
        text.append("\nThe development tokens (").append(String.join(", ", ROLES)).append(" of Oslo, and ")
                .append(DeveloperCredentials.policeRolesOf(DeveloperCredentials.SECOND_DISTRICT)).append("; valid ")
                .append(TOKEN_LIFETIME.toHours()).append(" h), the demo Kafka consumer's credentials, the demo partner ")
                .append("agency ").append(DeveloperCredentials.DEMO_AGENCY)
                .append("'s token and Kafka login, and the analysts' Kafka login are in ")
                .append(credentials).append(", readable by you only.\n");
        System.out.println(text);
    }
}
