package no.concerntrail.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.concerntrail.local.ConcernTrailServices;

/**
 * A steady load of commands on case-service, as front ends send them: a concern received, then adopted, one after
 * another, each remembered once case-service acknowledged it (201, 200). A request that got no answer (the service
 * was dead, or the answer was lost) counts as not acknowledged, whether or not it was stored.
 */
final class ConcernLoad {

    /** What each concern of the load goes through, in this order. */
    static final List<String> LIFECYCLE = List.of("ConcernReceived", "ConcernTriaged");

    private static final Pattern CONCERN_ID = Pattern.compile("\"concernId\":\"([0-9a-f-]{36})\"");
    private static final String CONCERN = """
            {"source":"SCHOOL","subject":{"name":"Ola Nordmann","birthDate":"%s","municipality":"Drammen"},
             "category":"VIOLENT_EXTREMISM","summary":"Threats in a school chat","level":"HIGH"}"""
            .formatted(LocalDate.now().minusYears(19));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final URI concerns;
    private final String token;
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();

    ConcernLoad(AllServices services) {
        this.concerns = URI.create(services.url(ConcernTrailServices.CASE) + "/concerns");
        this.token = services.token("lead-ola", "team-lead");
    }

    @FunctionalInterface
    interface Chaos {
        void run() throws Exception;
    }

    /** Runs the load from 3 s before {@code chaos} until 3 s after it. */
    void around(Chaos chaos) throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread load = new Thread(() -> run(loading), "steady-load");
        load.start();
        try {
            Thread.sleep(3_000);
            chaos.run();
            Thread.sleep(3_000);
        } finally {
            loading.set(false);
            load.join();
        }
    }

    /** Concern id to the events case-service acknowledged for it, in order. */
    Map<String, List<String>> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** How many commands were acknowledged in all. */
    int commands() {
        return acknowledged.values().stream().mapToInt(List::size).sum();
    }

    private void run(AtomicBoolean loading) {
        while (loading.get()) {
            try {
                HttpResponse<String> received = send(HttpRequest.newBuilder(concerns), CONCERN);
                Matcher id = CONCERN_ID.matcher(received.body());
                if (received.statusCode() == 201 && id.find()) {
                    String concernId = id.group(1);
                    List<String> events = new CopyOnWriteArrayList<>(List.of(LIFECYCLE.get(0)));
                    acknowledged.put(concernId, events);
                    HttpResponse<String> adopted = send(HttpRequest.newBuilder(URI.create(concerns + "/" + concernId
                            + "/triage")).header("If-Match", "\"0\""), "{\"outcome\":\"ADOPTED\"}");
                    if (adopted.statusCode() == 200) {
                        events.add(LIFECYCLE.get(1));
                    }
                }
                Thread.sleep(20);
            } catch (IOException down) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String body) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
