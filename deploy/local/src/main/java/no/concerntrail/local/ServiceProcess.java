package no.concerntrail.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as its own JVM from its built quarkus-app, with its log in a file: how the run command
 * and the cross-service tests start the services, exactly as they are shipped.
 */
public final class ServiceProcess {

    private static final String LOOPBACK = "127.0.0.1";

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} with the given environment, its API and its
     * management interface on loopback only: nothing on this machine's other interfaces reaches it.
     */
    static ServiceProcess start(String name, int port, int managementPort, Path root, Path logDirectory,
                                Map<String, String> environment) throws IOException {
        Path app = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: build the service first (mvn verify does)");
        }
        Path log = logDirectory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", app.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_HOST", LOOPBACK);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", LOOPBACK);
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        return new ServiceProcess(name, port, managementPort, log, builder.start());
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://" + LOOPBACK + ":" + port;
    }

    /** Health ({@code /q/health}) and metrics ({@code /q/metrics}), apart from the API. */
    public String managementUrl() {
        return "http://" + LOOPBACK + ":" + managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Waits until readiness (database and Kafka) is UP; fails if the process dies or the time is up. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become ready; see " + log);
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown runs, nothing held is given back. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + pid() + ") did not die of SIGKILL");
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully; forcibly after 20 s. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
