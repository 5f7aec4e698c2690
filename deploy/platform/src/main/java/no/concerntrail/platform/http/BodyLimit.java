package no.concerntrail.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import no.concerntrail.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than the limit is refused as problem+json (413, naming the limit), where Quarkus' own check
 * would answer with an empty body. It runs just before that check and, like it, before the body is read or the
 * caller authenticated, so a large upload costs the service nothing. A body sent in chunks declares no length: it is
 * refused as it is read, once it grows past the limit ({@link ChunkedBodyLimit}, also problem+json), and Quarkus'
 * own limit (higher) bounds what is buffered meanwhile.
 */
@ApplicationScoped
public class BodyLimit {

    /** Just ahead of Quarkus' upload limit (its route order -2). */
    private static final int ORDER = -3;
    private static final int TOO_LARGE = 413;

    @ConfigProperty(name = "concerntrail.http.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router, ObjectMapper json) {
        long limit = maxBodySize.asLongValue();
        String refusal = refusal(json, tooLarge(limit, "Content-Length", "is over " + limit + " bytes"));
        router.route().order(ORDER).handler(context -> {
            if (declaredLength(context) > limit) {
                context.response().setStatusCode(TOO_LARGE)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        // the rest of the body is not read: the connection cannot carry another request
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(refusal);
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }

    /** The refusal of a body over {@code limit}, naming what showed it: its declared length or its content. */
    public static Problem tooLarge(long limit, String field, String reason) {
        return Problem.of("body-too-large", "The request body is too large", TOO_LARGE,
                        "A request body may hold at most " + limit + " bytes")
                .withErrors(List.of(new Problem.FieldError(field, reason)));
    }

    private static String refusal(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record is always serialisable", e);
        }
    }
}
