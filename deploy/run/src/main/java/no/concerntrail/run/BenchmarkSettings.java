package no.concerntrail.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.ServiceProcess;

/**
 * What every benchmark is given: the project's root (args[0], default the working directory), how many scenarios to
 * measure (-D{@code countName}), on how many concurrent clients (-Dclients, default 16) after how many unmeasured
 * ones (-Dwarmup), and a fresh work directory for its stack.
 */
record BenchmarkSettings(Path root, int count, int clients, int warmup, Path work) {

    static BenchmarkSettings of(String[] args, String countName, int count, int warmup) throws IOException {
        return new BenchmarkSettings(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize(),
                Integer.getInteger(countName, count), Integer.getInteger("clients", 16),
                Integer.getInteger("warmup", warmup), Files.createTempDirectory("concerntrail-bench-"));
    }

    /** The service as its own JVM, beside a running local stack (its ports + 100); not yet ready. */
    ServiceProcess start(LocalInfrastructure infra, ConcernTrailServices.Service service) throws IOException {
        return infra.startService(service, service.port() + Benchmarks.PORT_OFFSET,
                service.managementPort() + Benchmarks.PORT_OFFSET, root, work);
    }

    /**
     * The warm-up's scenarios ({@code 0..warmup-1}, not measured), then the measured ones, numbered on from there so
     * every concern differs; how long the measured ones took, in nanoseconds.
     */
    long warmThenMeasure(Load.Scenario warmingUp, Load.Scenario measured) throws Exception {
        Load.run(warmup, clients, warmingUp);
        long start = System.nanoTime();
        Load.run(count, clients, n -> measured.run(warmup + n));
        return System.nanoTime() - start;
    }

    /** Waits until each of them is ready. */
    static void awaitReady(ServiceProcess... services) throws Exception {
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    /** A development token of {@code subject} with {@code role}. */
    static String token(LocalInfrastructure infra, String subject, String role) {
        return infra.tokens().token(subject, Set.of(role));
    }
}
