package no.concerntrail.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import no.concerntrail.platform.http.BodyLimit;
import no.concerntrail.platform.http.ChunkedBodyLimit;
import no.concerntrail.platform.http.RequestJson;
import no.concerntrail.platform.http.Versions;
import no.concerntrail.platform.rules.RuleViolation;
import no.concerntrail.platform.security.NeedToKnow;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error a service returns is problem+json: one place, one format, for all three services. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int CONFLICT = 409;
    private static final int PRECONDITION_FAILED = 412;
    private static final int UNPROCESSABLE = 422;
    private static final int PRECONDITION_REQUIRED = 428;
    private static final int SERVER_ERROR = 500;

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e) {
        int status = e.kind() == RuleViolation.Kind.STATE_CONFLICT ? CONFLICT : UNPROCESSABLE;
        return Problem.of("rule-violation", "A rule was broken: " + e.rule(), status, e.getMessage())
                .withRule(e.rule()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of("invalid-request", "The request is not valid", BAD_REQUEST,
                errors.size() + " field(s) are not valid").withErrors(errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return unreadable(e);
    }

    /** Named on its own to take precedence over Quarkus' built-in mapper of this type, which is not problem+json. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadable(e);
    }

    /** A body sent in chunks that grew past the limit as it was read. */
    @ServerExceptionMapper
    public Response bodyTooLarge(ChunkedBodyLimit.TooLarge e) {
        return Response.fromResponse(BodyLimit.tooLarge(e.limit(), "(body)", "grew over " + e.limit() + " bytes")
                .toResponse()).header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        if (e.getCause() instanceof ChunkedBodyLimit.TooLarge tooLarge) {
            return bodyTooLarge(tooLarge);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return new Problem(null, status.getReasonPhrase(), status.getStatusCode(), e.getMessage(), null, null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidIfMatch(Versions.InvalidIfMatch e) {
        return Problem.of("invalid-request", "The request is not valid", BAD_REQUEST, e.getMessage())
                .withErrors(List.of(new Problem.FieldError("If-Match", "is not a version ETag"))).toResponse();
    }

    /** A command without If-Match: RFC 6585's 428, naming the header. */
    @ServerExceptionMapper
    public Response ifMatchRequired(Versions.IfMatchRequired e) {
        return Problem.of("precondition-required", "If-Match is required", PRECONDITION_REQUIRED, e.getMessage())
                .withErrors(List.of(new Problem.FieldError("If-Match", "is required"))).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownAggregate(AggregateNotFoundException e) {
        return Problem.of("not-found", "Not found", NOT_FOUND,
                "There is no " + e.getAggregateIdentifier()).toResponse();
    }

    /** An If-Match with a version that is no longer the current one, checked before the command. */
    @ServerExceptionMapper
    public Response staleVersion(Versions.StaleVersion e) {
        return Problem.of("stale-version", "The resource has changed", PRECONDITION_FAILED, e.getMessage())
                .toResponse();
    }

    /** The same, found by Axon when another change got in between that check and the append. */
    @ServerExceptionMapper
    public Response staleVersion(ConflictingAggregateVersionException e) {
        return Problem.of("stale-version", "The resource has changed", PRECONDITION_FAILED,
                "Current version is " + e.getActualVersion() + ", the request expected " + e.getExpectedVersion()
                        + "; read it again and retry").toResponse();
    }

    /** Two writers appended to the same aggregate at once: the loser may simply retry. */
    @ServerExceptionMapper
    public Response concurrentChange(ConcurrencyException e) {
        return Problem.of("concurrent-change", "Changed at the same time by someone else", CONFLICT,
                "The resource was changed concurrently; read it again and retry").toResponse();
    }

    /** Axon wraps what a handler threw when it crosses a command bus; map what is inside. */
    @ServerExceptionMapper
    public Response commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof RuleViolation rule) {
            return ruleViolation(rule);
        }
        if (e.getCause() instanceof AggregateNotFoundException missing) {
            return unknownAggregate(missing);
        }
        return unexpected(e);
    }

    /** No token, or one that is expired, forged or from another issuer. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(Problem.of("unauthenticated", "Unauthenticated", UNAUTHORIZED,
                "A valid bearer token is required").toResponse()).header("WWW-Authenticate", "Bearer").build();
    }

    /** A role the endpoint does not allow: the caller is known, the answer is no. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of("forbidden", "Forbidden", FORBIDDEN, "Your role does not allow this").toResponse();
    }

    /** Need-to-know: the caller's role allows this, but not on this concern. */
    @ServerExceptionMapper
    public Response needToKnow(NeedToKnow.Refused e) {
        return Problem.of("need-to-know", "Not a concern you need to know", FORBIDDEN, e.getMessage())
                .withRule(NeedToKnow.RULE).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidBreakGlassReason(NeedToKnow.InvalidReason e) {
        return Problem.of("invalid-request", "The request is not valid", BAD_REQUEST,
                        NeedToKnow.BREAK_GLASS + " " + e.getMessage())
                .withErrors(List.of(new Problem.FieldError(NeedToKnow.BREAK_GLASS, e.getMessage()))).toResponse();
    }

    /**
     * Whatever no other mapper knows is a defect on our side: logged with an incident id the caller
     * can quote, answered without internals, and (as the transaction rolled back) nothing was stored.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return Problem.of("unexpected", "Something went wrong on our side", SERVER_ERROR,
                "Nothing was stored; quote incident " + incident + " when you report it").toResponse();
    }

    private Response unreadable(JsonProcessingException e) {
        // Jackson wraps what its stream throws: a chunked body that grew too large is that, not bad JSON
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ChunkedBodyLimit.TooLarge tooLarge) {
                return bodyTooLarge(tooLarge);
            }
        }
        String reason = reasonFor(e);
        Problem problem = Problem.of("unreadable-body", "The request body cannot be read", BAD_REQUEST,
                "The body could not be read as the expected JSON");
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            problem = problem.withErrors(List.of(new Problem.FieldError(pathOf(m), reason)));
        } else {
            problem = problem.withErrors(List.of(new Problem.FieldError("(body)", reason)));
        }
        return problem.toResponse();
    }

    private static String reasonFor(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof RequestJson.UnsafeText) {
            return RequestJson.REASON;
        }
        if (e instanceof StreamConstraintsException) {
            return "is nested deeper than " + RequestJson.MAX_NESTING + " levels";
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            return "is not a valid " + simpleName(target);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "has the wrong type or shape";
        }
        return "the body is not well-formed JSON";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** A violation on a resource method's parameter: drop the method and parameter names, keep the field path. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        if (nodes.isEmpty()) {
            return "(body)";
        }
        List<Path.Node> fields = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .toList();
        if (fields.isEmpty()) {
            Path.Node last = nodes.get(nodes.size() - 1);
            return last.getKind() == ElementKind.PARAMETER ? last.getName() : "(body)";
        }
        return fields.stream().map(Path.Node::getName).collect(Collectors.joining("."));
    }

}
