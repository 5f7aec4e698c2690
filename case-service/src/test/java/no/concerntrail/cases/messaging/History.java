package no.concerntrail.cases.messaging;

import static no.concerntrail.cases.api.Api.caseWorker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** GET /concerns/{id}/history as a case worker, waited for until what Kafka brought has arrived. */
final class History {

    private History() {
    }

    static List<Map<String, Object>> of(String id) {
        return caseWorker().get("/concerns/{id}/history", id).then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> awaitUntil(String id, Predicate<List<Map<String, Object>>> done) {
        AtomicReference<List<Map<String, Object>>> last = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last.set(of(id));
                    return done.test(last.get());
                });
        return last.get();
    }

    static List<String> types(List<Map<String, Object>> history) {
        return history.stream().map(e -> (String) e.get("type")).toList();
    }

    static List<Map<String, Object>> ofType(List<Map<String, Object>> history, String type) {
        return history.stream().filter(e -> type.equals(e.get("type"))).toList();
    }

    /** The entries a service reported, e.g. referral-service. */
    static List<Map<String, Object>> ofSource(List<Map<String, Object>> history, String source) {
        return history.stream().filter(e -> source.equals(e.get("source"))).toList();
    }

    static Map<String, Object> last(List<Map<String, Object>> history, String type) {
        List<Map<String, Object>> found = ofType(history, type);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type + " in " + types(history));
        }
        return found.get(found.size() - 1);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("data");
    }
}
