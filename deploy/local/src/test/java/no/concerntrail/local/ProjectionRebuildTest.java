package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The operators' rebuild command as it reads a service's answers: it follows a rebuild to its end, and stops, saying
 * why, when the service refuses or the projection is stuck. (Against the real case-service, it rebuilds the analysts'
 * statistics in case-service's StatisticsScenarioTest.)
 */
class ProjectionRebuildTest {

    private final Deque<String> progress = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private HttpServer service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop(0);
        }
    }

    @Test
    void followsTheRebuildToItsEnd() throws Exception {
        progress.add("{\"done\":400,\"total\":1000,\"rebuilding\":true,\"eventsPerSecond\":4000.0,"
                + "\"secondsLeft\":0,\"failing\":false}");
        progress.add("{\"done\":1000,\"total\":1000,\"rebuilding\":false,\"eventsPerSecond\":5000.0,"
                + "\"secondsLeft\":0,\"failing\":false}");
        serve(202, "{\"done\":0,\"total\":1000,\"rebuilding\":true,\"eventsPerSecond\":0.0,\"failing\":false}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        assertThat(rebuild(printed)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Rebuilding analytics-statistics by replaying 1,000 events",
                "400 / 1,000 events (40.0 %)   4,000 events/s   0 s left",
                "1,000 / 1,000 events (100.0 %)   5,000 events/s   0 s left",
                "Rebuilt analytics-statistics: 1,000 events at 5,000 events/s");
        assertThat(asked).containsExactly("POST /operations/projections/analytics-statistics/rebuild Bearer op-token",
                "GET /operations/projections/analytics-statistics Bearer op-token",
                "GET /operations/projections/analytics-statistics Bearer op-token");
    }

    @Test
    void stopsWhenTheProjectionIsStuck() throws Exception {
        progress.add("{\"done\":400,\"total\":1000,\"rebuilding\":true,\"eventsPerSecond\":4000.0,"
                + "\"failing\":true}");
        serve(202, "{\"done\":0,\"total\":1000,\"rebuilding\":true,\"failing\":false}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        assertThat(rebuild(printed)).isOne();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("time left not known yet")
                .contains("is stuck: the projection fails on an event");
    }

    @Test
    void saysWhyTheServiceRefused() throws Exception {
        serve(409, "{\"title\":\"A rule was broken: projection-already-rebuilding\"}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        assertThat(rebuild(printed)).isOne();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("The rebuild of analytics-statistics was "
                + "refused: 409").contains("projection-already-rebuilding");
        assertThat(asked).hasSize(1);
    }

    private int rebuild(ByteArrayOutputStream printed) throws Exception {
        URI url = URI.create("http://127.0.0.1:" + service.getAddress().getPort());
        return new ProjectionRebuild(url, "analytics-statistics", "op-token",
                new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ofMillis(10)).run();
    }

    /** A service that answers the rebuild with {@code status} and {@code started}, then the progress queued. */
    private void serve(int status, String started) throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/operations/projections/", exchange -> {
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            if ("POST".equals(exchange.getRequestMethod())) {
                answer(exchange, status, started);
            } else {
                answer(exchange, 200, progress.isEmpty() ? "{}" : progress.poll());
            }
        });
        service.start();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
