package no.concerntrail.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import no.concerntrail.local.DevTokens;
import org.jose4j.jwt.JwtClaims;

/**
 * Hostile requests, generated from valid ones with a seeded random (property-based, without a framework: jqwik does
 * not run on the JUnit Platform Quarkus brings): each takes one valid request to an endpoint and breaks one thing in
 * it, a value (wrong types, empty and huge texts, control characters, half surrogate pairs, boundary numbers and
 * dates), the body's shape (missing and unknown fields, other JSON, no JSON, deep nesting), the token (none,
 * expired, forged, unsigned with alg=none, another issuer or audience, no or an overlong subject, another role) or
 * a header (If-Match, Idempotency-Key, Content-Type, Break-Glass-Reason), or the path's id. The same seed makes the
 * same requests, so a failure can be replayed ({@code -Dhostile.seed=}).
 */
public final class HostileRequests {

    /**
     * A valid request to an endpoint: the path with its ids filled in, the role that may call it, and a valid body
     * (null for none).
     */
    public record Endpoint(String method, String path, String role, Map<String, Object> validBody) {
    }

    /** One request to send; {@code description} says what was broken, to find it again. */
    public record Request(String description, String method, String path, Map<String, String> headers, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VALUES = List.of(
            "\"\"", "\"   \"", "\"\\u0000\"", "\"a\\u0007b\"", "\"\\ud800\"", "\"\\udfff tail\"",
            "\"" + "x".repeat(300) + "\"", "\"" + "x".repeat(9000) + "\"", "\"<script>alert(1)</script>\"",
            "\"' OR '1'='1' --\"", "\"\\u202Eevil\"", "\"\\ud83d\\ude00\"", "\"%00\"", "\"${jndi:ldap://x/y}\"",
            "0", "-1", "2147483648", "9223372036854775808", "1e308", "-0.0", "1.5", "true", "null",
            "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":{}}}", "\"0000-01-01\"", "\"-2010-01-01\"", "\"+12026-01-01\"",
            "\"2026-02-30\"", "\"1899-12-31\"", "\"9999-12-31\"", "\"2026-13-01T00:00:00Z\"",
            "\"1970-01-01T00:00:00Z\"", "\"2200-01-01T00:00:00Z\"", "\"NOT_A_VALUE\"", "\"LOW\"", "\"ADOPTED\"");
    private static final List<String> BODIES = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":1,\"a\":2}",
            "<xml/>", "{\"unknownField\":true}", "[".repeat(40) + "]".repeat(40), "\u0000");
    private static final List<String> IF_MATCH = List.of("", "\"\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"",
            "+1", "1", "\"1\", \"2\"", "\"abc\"");
    private static final List<String> IDEMPOTENCY_KEYS = List.of("", " ", "x".repeat(201), "a b", "\"quoted\"", "k\tey");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/json; charset=latin1", "multipart/form-data", "application/x-www-form-urlencoded");
    private static final List<String> REASONS = List.of(" ", "%zz", "%0A", "x".repeat(600), "%F0%9F%98%80 ok");
    private static final List<String> QUERY_VALUES = List.of("", "-1", "0", "101", "99999999999", "abc", "%00",
            "OPEN%27%20OR%201%3D1", "x".repeat(300), "%E2%80%AE", "1e3", "OPEN&status=CLOSED");
    private static final List<String> IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "..%2F..%2Fetc", "%00", "x".repeat(300), "1", "3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c9");

    private final Random random;
    private final List<Endpoint> endpoints;
    private final Function<String, String> validToken;
    private final DevTokens tokens;

    /**
     * @param validToken a valid token for a role
     * @param tokens     the test JVM's keys, to forge the rest
     */
    public HostileRequests(long seed, List<Endpoint> endpoints, Function<String, String> validToken, DevTokens tokens) {
        this.random = new Random(seed);
        this.endpoints = List.copyOf(endpoints);
        this.validToken = validToken;
        this.tokens = tokens;
    }

    /** The seed of this run: {@code -Dhostile.seed=<n>} to replay one, otherwise a fixed one. */
    public static long seed() {
        return Long.getLong("hostile.seed", 20261202L);
    }

    public List<Request> generate(int count) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(hostile(endpoints.get(random.nextInt(endpoints.size()))));
        }
        return requests;
    }

    private Request hostile(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + validToken.apply(endpoint.role()));
        headers.put("Content-Type", "application/json");
        if (endpoint.method().equals("POST") && endpoint.path().split("/").length > 3) {
            headers.put("If-Match", "*");
        }
        String body = endpoint.validBody() == null ? null : json(endpoint.validBody(), null, null);
        String path = endpoint.path();
        String what;
        // without a body, the other things are broken as often as with one
        int kind = endpoint.validBody() == null ? 55 + random.nextInt(45) : random.nextInt(100);
        if (kind < 40 && endpoint.validBody() != null) {
            List<List<Object>> leaves = new ArrayList<>();
            leaves(endpoint.validBody(), new ArrayList<>(), leaves);
            List<Object> leaf = leaves.get(random.nextInt(leaves.size()));
            String value = pick(VALUES);
            body = json(endpoint.validBody(), leaf, value);
            what = leaf + " = " + abbreviated(value);
        } else if (kind < 55 && endpoint.validBody() != null) {
            body = pick(BODIES);
            what = "body " + abbreviated(body);
        } else if (kind < 75) {
            what = "token: " + forge(headers, endpoint.role());
        } else if (kind < 92) {
            what = header(headers);
        } else if (kind < 96 && path.contains("?")) {
            List<String> parameters = new ArrayList<>(List.of(path.substring(path.indexOf('?') + 1).split("&")));
            int which = random.nextInt(parameters.size());
            parameters.set(which, parameters.get(which).replaceFirst("=.*", "=" + pick(QUERY_VALUES)));
            path = path.substring(0, path.indexOf('?') + 1) + String.join("&", parameters);
            what = "query " + abbreviated(path);
        } else if (path.matches(".*/[0-9a-f-]{36}(/.*)?")) {
            path = path.replaceFirst("[0-9a-f-]{36}", pick(IDS));
            what = "path " + abbreviated(path);
        } else {
            headers.put("Accept", pick(List.of("text/html", "application/xml", "*/*;q=0", "garbage")));
            what = "Accept " + headers.get("Accept");
        }
        return new Request(endpoint.method() + " " + endpoint.path() + ": " + what, endpoint.method(), path, headers,
                body);
    }

    private String forge(Map<String, String> headers, String role) {
        int kind = random.nextInt(10);
        Set<String> roles = Set.of(role);
        String token;
        String what;
        switch (kind) {
            case 0 -> {
                headers.remove("Authorization");
                return "none";
            }
            case 1 -> {
                token = tokens.expiredToken("officer-kari", roles);
                what = "expired";
            }
            case 2 -> {
                token = tokens.foreignToken("officer-kari", roles);
                what = "signed by another key";
            }
            case 3 -> {
                JwtClaims claims = tokens.claims("officer-kari", roles, Duration.ofHours(1));
                token = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(claims.toJson()) + ".";
                what = "alg=none";
            }
            case 4 -> {
                token = tokens.tokenFromIssuer("https://evil.example", "officer-kari", roles);
                what = "another issuer";
            }
            case 5 -> {
                JwtClaims claims = tokens.claims("officer-kari", roles, Duration.ofHours(1));
                claims.setAudience("someone-else");
                token = tokens.sign(claims);
                what = "another audience";
            }
            case 6 -> {
                JwtClaims claims = tokens.claims("officer-kari", roles, Duration.ofHours(1));
                claims.unsetClaim("sub");
                claims.unsetClaim("upn");
                token = tokens.sign(claims);
                what = "no subject";
            }
            case 7 -> {
                token = tokens.token("x".repeat(500), roles);
                what = "a subject of 500 characters";
            }
            case 8 -> {
                token = tokens.token("officer-kari", Set.of(pick(List.of("analyst", "partner:school", "operator"))));
                what = "another role";
            }
            default -> {
                token = pick(List.of("garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30.", ""));
                what = "not a JWT";
            }
        }
        headers.put("Authorization", "Bearer " + token);
        return what;
    }

    private String header(Map<String, String> headers) {
        return switch (random.nextInt(4)) {
            case 0 -> put(headers, "If-Match", pick(IF_MATCH));
            case 1 -> put(headers, "Idempotency-Key", pick(IDEMPOTENCY_KEYS));
            case 2 -> put(headers, "Content-Type", pick(CONTENT_TYPES));
            default -> put(headers, "Break-Glass-Reason", pick(REASONS));
        };
    }

    private static String put(Map<String, String> headers, String name, String value) {
        headers.put(name, value);
        return name + ": " + abbreviated(value);
    }

    /**
     * Every path to a value in the body: keys of objects, indexes of arrays. Keys in their sorted order, whatever the
     * map's own (Map.of's changes from one JVM to the next), so a seed picks the same leaves in every run.
     */
    private static void leaves(Object node, List<Object> path, List<List<Object>> into) {
        if (node instanceof Map<?, ?> map) {
            map.keySet().stream().sorted(Comparator.comparing(String::valueOf)).forEach(key -> {
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(key);
                into.add(deeper);
                leaves(map.get(key), deeper, into);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(i);
                into.add(deeper);
                leaves(list.get(i), deeper, into);
            }
        }
    }

    /** The body as JSON, the value at {@code leaf} (if any) replaced by the raw JSON {@code value}. */
    private static String json(Map<String, Object> body, List<Object> leaf, String value) {
        try {
            return JSON.writeValueAsString(replaced(body, leaf, 0, value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object replaced(Object node, List<Object> leaf, int depth, String value) {
        boolean onPath = leaf != null && depth < leaf.size();
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> copy.put(key, onPath && key.equals(leaf.get(depth))
                    ? (depth == leaf.size() - 1 ? new RawValue(value) : replaced(child, leaf, depth + 1, value))
                    : child));
            return copy;
        } else if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                boolean here = onPath && Integer.valueOf(i).equals(leaf.get(depth));
                copy.add(here ? (depth == leaf.size() - 1 ? new RawValue(value)
                        : replaced(list.get(i), leaf, depth + 1, value)) : list.get(i));
            }
            return copy;
        }
        return node;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...(" + text.length() + ")";
    }
}
