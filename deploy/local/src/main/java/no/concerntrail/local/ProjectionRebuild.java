package no.concerntrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The operators' command that rebuilds a service's projection by replay: it asks the service to reset the
 * projection's token (which empties it) and read the event store again from the first event, then prints the
 * progress each second until it is done: events done of the total, events per second, and the time left.
 *
 * <pre>{@code
 * CONCERNTRAIL_TOKEN=<a team lead's or operator's token> \
 *   java -cp <deploy/local's classpath> no.concerntrail.local.ProjectionRebuild http://127.0.0.1:8081 analytics-statistics
 * }</pre>
 * The README gives the Maven command that runs it. Exit status 0 when rebuilt, 1 when the service refused, could
 * not be reached or the projection fails, 2 for wrong arguments.
 */
public final class ProjectionRebuild {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI projection;
    private final String name;
    private final String token;
    private final PrintStream out;
    private final Duration interval;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param service  the service's base URL, e.g. {@code http://127.0.0.1:8081}
     * @param name     the projection, e.g. {@code analytics-statistics}
     * @param token    a bearer token of role operator or team-lead
     * @param interval how often the progress is printed
     */
    public ProjectionRebuild(URI service, String name, String token, PrintStream out, Duration interval) {
        this.projection = service.resolve("/operations/projections/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        this.name = name;
        this.token = token;
        this.out = out;
        this.interval = interval;
    }

    public static void main(String[] args) throws Exception {
        String token = System.getenv("CONCERNTRAIL_TOKEN");
        if (args.length != 2 || token == null || token.isBlank()) {
            System.err.println("usage: CONCERNTRAIL_TOKEN=<operator or team lead token> ProjectionRebuild "
                    + "<service URL> <projection>");
            System.exit(2);
        }
        try {
            System.exit(new ProjectionRebuild(URI.create(args[0]), args[1], token, System.out, Duration.ofSeconds(1))
                    .run());
        } catch (IOException unreachable) {
            System.err.println("The service at " + args[0] + " could not be reached: " + unreachable);
            System.exit(1);
        }
    }

    /** Starts the rebuild and follows it to the end; 0 when rebuilt, 1 when the service refused. */
    public int run() throws IOException, InterruptedException {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(projection + "/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (started.statusCode() != 202) {
            out.println("The rebuild of " + name + " was refused: " + started.statusCode() + " " + started.body());
            return 1;
        }
        JsonNode progress = JSON.readTree(started.body());
        out.printf(Locale.ROOT, "Rebuilding %s by replaying %,d events%n", name, progress.path("total").asLong());
        while (progress.path("rebuilding").asBoolean()) {
            Thread.sleep(interval.toMillis());
            HttpResponse<String> now = send(HttpRequest.newBuilder(projection).GET());
            if (now.statusCode() != 200) {
                out.println("The progress of " + name + " could not be read: " + now.statusCode() + " " + now.body());
                return 1;
            }
            progress = JSON.readTree(now.body());
            out.println(line(progress));
            if (progress.path("failing").asBoolean()) {
                out.println("The rebuild of " + name + " is stuck: the projection fails on an event and retries it; the "
                        + "service's log says why. It goes on by itself once that is fixed.");
                return 1;
            }
        }
        out.printf(Locale.ROOT, "Rebuilt %s: %,d events at %,.0f events/s%n", name, progress.path("done").asLong(),
                progress.path("eventsPerSecond").asDouble());
        return 0;
    }

    /** {@code 12,345 / 50,000 events (24.7 %)   8,312 events/s   5 s left} */
    static String line(JsonNode progress) {
        long done = progress.path("done").asLong();
        long total = Math.max(progress.path("total").asLong(), 1);
        JsonNode left = progress.path("secondsLeft");
        return String.format(Locale.ROOT, "%,d / %,d events (%.1f %%)   %,.0f events/s   %s", done, total,
                100.0 * Math.min(done, total) / total, progress.path("eventsPerSecond").asDouble(),
                left.isNumber() ? left.asLong() + " s left" : "time left not known yet");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
