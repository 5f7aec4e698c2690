package no.concerntrail.cases.access;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * conversation-service and referral-service as case-service's access report sees them, for case-service's own tests
 * (deploy/e2e's test asks the real ones): on one loopback port, each concern with one conversation, one referral whose
 * subject was told and one whose telling is put off, each carrying the concern's id in its values. It refuses a call
 * without a bearer token, as they would: a report made shows the team lead's token went with each call.
 */
public class OtherServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final Pattern PATH = Pattern.compile("/concerns/([0-9a-f-]{36})/(conversations|referrals|shares)"
            + "(/access-log)?");
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.conversation-service.url", url,
                "quarkus.rest-client.referral-service.url", url);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{}");
            return;
        }
        if (!path.matches()) {
            send(exchange, 404, "{}");
            return;
        }
        String concern = path.group(1);
        boolean accessLog = path.group(3) != null;
        String body = switch (path.group(2)) {
            case "conversations" -> accessLog
                    ? "[{\"at\":\"2026-11-03T10:00:00Z\",\"actor\":\"officer-conversations\",\"action\":"
                    + "\"conversation.read\"}]"
                    : "[{\"conversationId\":\"c1\",\"concernId\":\"" + concern + "\",\"place\":\"Conversationplace "
                    + concern + "\",\"status\":\"HELD\"}]";
            case "referrals" -> accessLog
                    ? "[{\"at\":\"2026-11-04T10:00:00Z\",\"actor\":\"officer-referrals\",\"action\":\"referral.list\"}]"
                    : "[" + referral("told-" + concern, concern, null) + ","
                    + referral("deferred-" + concern, concern, LocalDate.now().plusMonths(1)) + "]";
            default -> "[{\"referralId\":\"told-" + concern + "\",\"agency\":\"child-welfare\",\"fields\":"
                    + "[\"SUBJECT_NAME\"],\"basis\":\"DUTY_TO_NOTIFY\"},{\"referralId\":\"deferred-" + concern
                    + "\",\"agency\":\"nav\",\"fields\":[\"SUBJECT_NAME\"],\"basis\":\"CONSENT\"}]";
        };
        send(exchange, 200, body);
    }

    /** A referral; with a deferral until {@code deferredUntil} and nobody told, or told and with no deferral. */
    private static String referral(String referralId, String concern, LocalDate deferredUntil) {
        return "{\"referralId\":\"" + referralId + "\",\"concernId\":\"" + concern + "\",\"agency\":\""
                + (deferredUntil == null ? "child-welfare" : "nav") + "\",\"notified\":"
                + (deferredUntil == null ? "{\"notifiedAt\":\"2026-11-05T10:00:00Z\",\"method\":\"LETTER\"}" : "null")
                + ",\"deferral\":" + (deferredUntil == null ? "null"
                : "{\"reason\":\"Deferralreason " + concern + "\",\"until\":\"" + deferredUntil + "\"}") + "}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
