package no.concerntrail.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Sends hostile requests ({@link HostileRequests}) to a running service, one at a time, and reports what must never
 * happen: an answer of 500 or more, and anything stored by a request that was refused.
 */
public final class HostileBarrage {

    /** What came back: how many of each status, and every request that broke the rules. */
    public record Report(int sent, Map<Integer, Integer> byStatus, List<String> failures) {
        @Override
        public String toString() {
            return sent + " hostile requests, answered " + byStatus + (failures.isEmpty() ? "" : "; FAILED: " + failures);
        }
    }

    private HostileBarrage() {
    }

    /**
     * @param base     the service's base URI
     * @param database the service's database, whose events and idempotency keys are counted before and after each
     */
    public static Report fire(URI base, List<HostileRequests.Request> requests, ServiceDatabase database)
            throws Exception {
        Callable<Long> stored = () -> stored(database);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (HostileRequests.Request request : requests) {
            long before = stored.call();
            HttpResponse<String> answer = http.send(build(base, request), HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            if (status >= 500) {
                failures.add(status + " for " + request.description() + ": " + answer.body());
            } else if (status >= 400 && stored.call() != before) {
                failures.add("stored by a refused request (" + status + "): " + request.description());
            }
        }
        return new Report(requests.size(), byStatus, failures);
    }

    /** What a refused request must not add to: the events and the idempotency keys. */
    public static long stored(ServiceDatabase database) throws Exception {
        return database.count("SELECT (SELECT count(*) FROM domain_event_entry) "
                + "+ (SELECT count(*) FROM idempotency_key)");
    }

    private static HttpRequest build(URI base, HostileRequests.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.path())).timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        return builder.build();
    }
}
