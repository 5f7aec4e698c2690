package no.concerntrail.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.LocalPostgres;
import no.concerntrail.local.QuarkusConfig;
import no.concerntrail.local.ServiceProcess;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real thing for a test class: PostgreSQL and the secured broker, each its own process, then every service of
 * {@link ConcernTrailServices} as its own JVM from the quarkus-app that {@code mvn verify} built, each with its own
 * database and Kafka principal, on a free port.
 */
public final class AllServices implements BeforeAllCallback, AfterAllCallback {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();

    private LocalInfrastructure infra;
    private Path logs;
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    /** Each service's API port, chosen before any starts, so that case-service can be told where the others are. */
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<ServiceProcess> replicas = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        infra = LocalInfrastructure.builder().start();
        logs = Files.createDirectories(ROOT.resolve("deploy/e2e/target/service-logs"));
        for (ConcernTrailServices.Service service : ConcernTrailServices.ALL) {
            ports.put(service.name(), freePort());
        }
        for (ConcernTrailServices.Service service : ConcernTrailServices.ALL) {
            running.put(service.name(), infra.startService(service, ports.get(service.name()), freePort(), ROOT, logs,
                    peers(service)));
        }
        for (ServiceProcess service : running.values()) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        replicas.forEach(ServiceProcess::stop);
        running.values().forEach(ServiceProcess::stop);
        if (infra != null) {
            infra.close();
        }
    }

    /** The base URL of a running service, e.g. {@code url(ConcernTrailServices.CASE)}. */
    String url(ConcernTrailServices.Service service) {
        return running.get(service.name()).url();
    }

    /** Another process of {@code service} beside the first, on the same database and Kafka principal; ready. */
    String startReplica(ConcernTrailServices.Service service) throws Exception {
        Path replicaLogs = Files.createDirectories(logs.resolve("replica-" + (replicas.size() + 1)));
        ServiceProcess replica = infra.startService(service, freePort(), freePort(), ROOT, replicaLogs,
                peers(service));
        replicas.add(replica);
        replica.awaitReady(Duration.ofSeconds(120));
        return replica.url();
    }

    /** Kills the service's first process with SIGKILL, as a crash would. */
    void kill(ConcernTrailServices.Service service) throws InterruptedException {
        running.get(service.name()).kill();
    }

    /** Starts the service again on the ports it had (the same node, as a supervisor restarts it); ready. */
    void restart(ConcernTrailServices.Service service) throws Exception {
        ServiceProcess before = running.get(service.name());
        Path restartLogs = Files.createDirectories(logs.resolve("restarted-" + System.currentTimeMillis()));
        ServiceProcess after = infra.startService(service, before.port(), before.managementPort(), ROOT, restartLogs,
                peers(service));
        running.put(service.name(), after);
        after.awaitReady(Duration.ofSeconds(120));
    }

    /** Kills the broker's process with SIGKILL, as a crash would; the services stay up and keep trying. */
    void killBroker() {
        infra.kafka().kill();
    }

    /** Starts the broker again on its port and log directory (it recovers its logs); returns once clients can use it. */
    void restartBroker() {
        infra.kafka().start();
    }

    /** A plain Kafka client's properties as {@code principal} (a service's: it may read what the service reads). */
    Map<String, Object> kafkaClient(String principal) {
        Map<String, Object> client = new LinkedHashMap<>();
        infra.kafkaConfig(principal).forEach((key, value) -> client.put(key.substring("kafka.".length()), value));
        return client;
    }

    /** The broker's address, and the password of a principal of the topology (a service's, a partner's). */
    String bootstrapServers() {
        return infra.kafka().bootstrapServers();
    }

    String kafkaPassword(String principal) {
        return infra.topology().principal(principal).password();
    }

    /** The service's own database, as its owner. */
    LocalPostgres.Database database(ConcernTrailServices.Service service) {
        return infra.postgres().createDatabase(LocalPostgres.databaseName(service.name()));
    }

    String token(String subject, String role) {
        return infra.tokens().token(subject, Set.of(role), Duration.ofHours(1));
    }

    /** case-service asks the other two for a person's access report: where they answer. */
    private Map<String, String> peers(ConcernTrailServices.Service service) {
        if (!service.equals(ConcernTrailServices.CASE)) {
            return Map.of();
        }
        Map<String, String> peers = new LinkedHashMap<>();
        for (ConcernTrailServices.Service other : List.of(ConcernTrailServices.CONVERSATION,
                ConcernTrailServices.REFERRAL)) {
            peers.putAll(QuarkusConfig.peer(other.name(), "http://127.0.0.1:" + ports.get(other.name())));
        }
        return peers;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
