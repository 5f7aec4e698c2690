package no.concerntrail.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON over HTTP to one service as a load generator sees it: timed calls that must succeed, and plain calls. Like a
 * front end, it sends each command with the version it last saw of the resource (If-Match: the ETag of the answer
 * that created, changed or read it).
 */
final class RestCalls {

    /** {@code /concerns/<id>} of {@code /concerns/<id>/raise}, {@code /partner/referrals/<id>} of its answers. */
    private static final Pattern RESOURCE = Pattern.compile("^((?:/[a-z-]+)+/[0-9a-fA-F-]{36})(/.*)?$");

    /** How often a scenario asks again while it waits for something to cross Kafka, and for how long at most. */
    static final Duration POLL = Duration.ofMillis(10);
    static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String baseUrl;
    private final Map<String, String> lastSeen = new ConcurrentHashMap<>();

    RestCalls(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** Sends, records the response time under {@code step}, and fails unless the status is {@code expected}. */
    HttpResponse<String> timed(Latencies latencies, String step, String token, String path, String json, int expected)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = call(token, path, json);
        latencies.record(step, System.nanoTime() - start);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(step + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /**
     * Sends until the answer is {@code status}, while it is a refusal naming one of {@code waitingFor} (a rule that
     * holds until something has crossed Kafka); records the accepted request's time under {@code step} only.
     */
    HttpResponse<String> untilAccepted(Latencies latencies, String step, String token, String path, String json,
                                       int status, Set<String> waitingFor) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            HttpResponse<String> response = call(token, path, json);
            if (response.statusCode() == status) {
                latencies.record(step, System.nanoTime() - start);
                return response;
            }
            if (waitingFor.stream().noneMatch(response.body()::contains)) {
                throw new IllegalStateException(step + " answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(step + " was still refused by " + waitingFor + " after " + GIVE_UP);
    }

    /** Reads {@code path} until its body holds {@code text}: an effect that crossed Kafka. */
    void awaitBody(String token, String path, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (call(token, path, null).body().contains(text)) {
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(path + " never showed " + text + " within " + GIVE_UP);
    }

    /** GET without a body, POST with one. */
    HttpResponse<String> call(String token, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token);
        String resource = resourceOf(path);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            String version = resource == null ? null : lastSeen.get(resource);
            if (version != null) {
                request.header("If-Match", version);
            }
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Optional<String> etag = response.headers().firstValue("ETag");
        String seen = response.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(resource);
        if (etag.isPresent() && seen != null) {
            lastSeen.put(seen, etag.get());
        }
        return response;
    }

    private static String resourceOf(String path) {
        Matcher resource = RESOURCE.matcher(path);
        return resource.matches() ? resource.group(1) : null;
    }
}
