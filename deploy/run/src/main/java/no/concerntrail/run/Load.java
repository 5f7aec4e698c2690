package no.concerntrail.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.concerntrail.local.ServiceProcess;

/** What every benchmark does: run numbered scenarios on a fixed number of concurrent clients, and read memory. */
final class Load {

    /** One scenario, numbered so each concern differs. */
    @FunctionalInterface
    interface Scenario {
        void run(int number) throws Exception;
    }

    private Load() {
    }

    /** Runs scenarios {@code 0..count-1} on {@code clients} threads; the first failure fails the run. */
    static void run(int count, int clients, Scenario scenario) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                int number = n;
                runs.add(pool.submit(() -> {
                    scenario.run(number);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A Markdown row per service: its resident memory now. */
    static void printMemory(ServiceProcess... services) throws Exception {
        for (ServiceProcess service : services) {
            System.out.printf("| %s resident memory after the load | %d MiB |%n", service.name(),
                    residentMebibytes(service.pid()));
        }
    }

    static long residentMebibytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
