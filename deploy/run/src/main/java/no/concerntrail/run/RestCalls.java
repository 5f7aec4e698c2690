package no.concerntrail.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** JSON over HTTP to one service as a load generator sees it: timed calls that must succeed, and plain calls. */
final class RestCalls {

    private final HttpClient http;
    private final String baseUrl;

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

    /** GET without a body, POST with one. */
    HttpResponse<String> call(String token, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
