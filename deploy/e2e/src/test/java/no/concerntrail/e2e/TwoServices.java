package no.concerntrail.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.ServiceProcess;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real thing for a test class: PostgreSQL and the secured broker, then case-service and conversation-service
 * as their own JVMs from the quarkus-app that {@code mvn verify} built, each with its own database and Kafka principal.
 */
public final class TwoServices implements BeforeAllCallback, AfterAllCallback {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();

    private LocalInfrastructure infra;
    private ServiceProcess cases;
    private ServiceProcess conversations;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        infra = LocalInfrastructure.builder().start();
        Path logs = Files.createDirectories(ROOT.resolve("deploy/e2e/target/service-logs"));
        cases = ServiceProcess.start("case-service", freePort(), ROOT, logs, infra.serviceEnvironment("case-service"));
        conversations = ServiceProcess.start("conversation-service", freePort(), ROOT, logs,
                infra.serviceEnvironment("conversation-service"));
        cases.awaitReady(Duration.ofSeconds(120));
        conversations.awaitReady(Duration.ofSeconds(120));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (conversations != null) {
            conversations.stop();
        }
        if (cases != null) {
            cases.stop();
        }
        if (infra != null) {
            infra.close();
        }
    }

    String caseService() {
        return cases.url();
    }

    String conversationService() {
        return conversations.url();
    }

    String token(String subject, String role) {
        return infra.tokens().token(subject, Set.of(role), Duration.ofHours(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
