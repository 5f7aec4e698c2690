package no.concerntrail.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.concerntrail.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An Accept header that is no list of media types is refused (400, naming it) before the request reaches a resource:
 * Quarkus would only find out when it writes the answer, after a command had been carried out, and answer 500.
 */
public class AcceptHeader {

    private static final int BAD_REQUEST = 400;

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnreadable(ContainerRequestContext request) {
        for (String header : request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, List.of())) {
            for (String range : header.split(",")) {
                if (!readable(range.strip())) {
                    return Problem.of("invalid-request", "The request is not valid", BAD_REQUEST,
                                    "Accept is not a list of media types")
                            .withErrors(List.of(new Problem.FieldError(HttpHeaders.ACCEPT,
                                    "is not a list of media types")))
                            .toResponse();
                }
            }
        }
        return null;
    }

    private static boolean readable(String range) {
        if (range.isEmpty()) {
            return true;
        }
        try {
            MediaType.valueOf(range);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
