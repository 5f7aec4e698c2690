package no.concerntrail.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import javax.sql.DataSource;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.LocalPostgres;
import no.concerntrail.local.ProjectionRebuild;
import no.concerntrail.local.ServiceProcess;

/**
 * How fast case-service rebuilds its analysts' statistics by replay, next to how fast plain JDBC reads the same event
 * table in the same run: concerns driven through their lives over REST fill the store, both publications catch up,
 * then the raw read, then the operators' rebuild command twice (the first on a projection code path the live load
 * warmed, the second as a repeat). Settings: -Dconcerns (default 3000), -Dclients (default 16), -Dwarmup (default 0).
 */
public final class RebuildBenchmark {

    private static final String PROJECTION = "analytics-statistics";

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.of(args, "concerns", 3000, 0);
        try (LocalInfrastructure infra = LocalInfrastructure.builder().baseDirectory(settings.work()).start()) {
            ServiceProcess service = settings.start(infra, ConcernTrailServices.CASE);
            try {
                BenchmarkSettings.awaitReady(service);
                ConcernScenario scenario = ConcernScenario.on(infra, service);
                Latencies unused = new Latencies();
                settings.warmThenMeasure(n -> scenario.run(n, unused), n -> scenario.run(n, unused));
                long stored = (long) (settings.warmup() + settings.count()) * ConcernScenario.EVENTS;
                // nothing else may run while the rebuild is measured: both publications have sent everything
                CaseServiceBenchmark.readTopic(infra, ConcernTrailServices.CASE.topic(), stored);
                CaseServiceBenchmark.readTopic(infra, ConcernTrailServices.ANALYTICS_EVENTS, stored);

                DataSource database = infra.postgres().dataSource(LocalPostgres.databaseName(
                        ConcernTrailServices.CASE.name()));
                Read raw = readEventTable(database);
                String token = BenchmarkSettings.token(infra, "bench-operator", "team-lead");
                Read first = rebuild(service, token);
                Read second = rebuild(service, token);

                System.out.printf("%n## Rebuild by replay: case-service's %s, %d events, %d cores%n%n", PROJECTION,
                        raw.events(), Runtime.getRuntime().availableProcessors());
                System.out.println("| read | events | seconds | events per second | of the raw read |");
                System.out.println("|---|---:|---:|---:|---:|");
                row("plain JDBC: every row of the event table, in order", raw, raw);
                row("rebuild of " + PROJECTION + " (first)", first, raw);
                row("rebuild of " + PROJECTION + " (again)", second, raw);
            } finally {
                service.stop();
            }
        }
    }

    record Read(long events, long nanos) {

        double perSecond() {
            return events / Load.seconds(nanos);
        }
    }

    /** Every column of every event, oldest first, as the store's reader selects them, by a cursor. */
    private static Read readEventTable(DataSource database) throws Exception {
        long start = System.nanoTime();
        long events = 0;
        long bytes = 0;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false); // a cursor, not the whole table in memory
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                      payload_type, payload_revision, payload, meta_data FROM domain_event_entry ORDER BY global_index""")) {
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        bytes += rows.getBytes("payload").length + rows.getString("event_identifier").length();
                        events++;
                    }
                }
            }
            connection.commit();
        }
        if (bytes == 0) {
            throw new IllegalStateException("the event table is empty");
        }
        return new Read(events, System.nanoTime() - start);
    }

    /** The operators' command, timed from its start to "Rebuilt"; its progress lines are printed as it prints them. */
    private static Read rebuild(ServiceProcess service, String token) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = new ProjectionRebuild(URI.create(service.url()), PROJECTION, token,
                new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ofMillis(200)).run();
        long nanos = System.nanoTime() - start;
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        if (status != 0) {
            throw new IllegalStateException("the rebuild failed: " + output);
        }
        String last = output.lines().reduce((a, b) -> b).orElseThrow();
        long events = Long.parseLong(last.replaceAll(".*: ([0-9,]+) events.*", "$1").replace(",", ""));
        return new Read(events, nanos);
    }

    private static void row(String what, Read read, Read raw) {
        System.out.printf("| %s | %d | %.2f | %.0f | %.0f %% |%n", what, read.events(), Load.seconds(read.nanos()),
                read.perSecond(), 100 * read.perSecond() / raw.perSecond());
    }
}
