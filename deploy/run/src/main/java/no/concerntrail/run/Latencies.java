package no.concerntrail.run;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;

/** Response times per operation, for percentiles at the end of a run. */
final class Latencies {

    private final ConcurrentMap<String, ConcurrentLinkedQueue<Long>> byOperation = new ConcurrentHashMap<>();

    void record(String operation, long nanos) {
        byOperation.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    int count() {
        return byOperation.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    /** A Markdown table row per operation: count, p50, p95, p99, max (ms). */
    String table(Iterable<String> order) {
        StringBuilder rows = new StringBuilder("| operation | requests | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (String operation : order) {
            long[] sorted = byOperation.getOrDefault(operation, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                continue;
            }
            rows.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", operation, sorted.length,
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                    ms(sorted[sorted.length - 1])));
        }
        return rows.toString();
    }

    /** {@link #table} of times between a cause and its effect in another service, as a client sees them. */
    String crossingTable(Iterable<String> order) {
        return table(order).replace("| operation | requests |", "| crossing (as a client sees it) | count |");
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return "Latencies" + Arrays.toString(byOperation.keySet().toArray());
    }
}
