package no.concerntrail.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import no.concerntrail.platform.http.Versions;
import no.concerntrail.platform.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** Each failure a service can meet becomes the problem+json the README promises. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Request(String level, int count) {
    }

    enum Level { LOW, HIGH }

    record Leveled(Level level) {
    }

    @Test
    void aBrokenRuleIsNamedWith409ForTheStateAnd422ForTheRequest() {
        Problem conflict = problem(mappers.ruleViolation(RuleViolation.conflict("raise-must-go-higher", "not higher")),
                409);
        assertThat(conflict.rule()).isEqualTo("raise-must-go-higher");
        assertThat(conflict.title()).contains("raise-must-go-higher");
        assertThat(conflict.detail()).isEqualTo("not higher");
        assertThat(problem(mappers.ruleViolation(RuleViolation.unprocessable("required-field", "x")), 422).rule())
                .isEqualTo("required-field");
        // across Axon's command bus the rule is unwrapped, not lost
        Problem unwrapped = problem(mappers.commandFailed(new CommandExecutionException("failed",
                RuleViolation.conflict("closed-can-only-be-reopened", "closed"))), 409);
        assertThat(unwrapped.rule()).isEqualTo("closed-can-only-be-reopened");
    }

    @Test
    void anUnknownFieldIsNamedWithTheReason() {
        Problem problem = unreadable("{\"level\":\"LOW\",\"count\":1,\"religion\":\"x\"}", Request.class);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("religion", "is not a known field"));
    }

    @Test
    void aWrongValueNamesTheFieldAndWhatWouldDo() {
        assertThat(unreadable("{\"level\":\"SOMEWHAT\"}", Leveled.class).errors())
                .containsExactly(new Problem.FieldError("level", "must be one of [LOW, HIGH]"));
        assertThat(unreadable("{\"level\":\"LOW\",\"count\":\"many\"}", Request.class).errors())
                .containsExactly(new Problem.FieldError("count", "is not a valid int"));
        assertThat(unreadable("{not json", Request.class).errors())
                .containsExactly(new Problem.FieldError("(body)", "the body is not well-formed JSON"));
    }

    @Test
    void aBadIfMatchIsABadRequestNamingTheHeader() {
        Versions.InvalidIfMatch invalid = catchInvalid("W/\"1\"");
        Problem problem = problem(mappers.invalidIfMatch(invalid), 400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("If-Match");
    }

    @Test
    void aCommandWithoutIfMatchIs428NamingTheHeader() {
        Versions.IfMatchRequired missing = null;
        try {
            Versions.expected(null);
        } catch (Versions.IfMatchRequired e) {
            missing = e;
        }
        Problem problem = problem(mappers.ifMatchRequired(missing), 428);
        assertThat(problem.type().toString()).endsWith("/precondition-required");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("If-Match", "is required"));
    }

    @Test
    void aLostRaceIs409ConcurrentChange() {
        Problem problem = problem(mappers.concurrentChange(new ConcurrencyException("sequence taken")), 409);
        assertThat(problem.type().toString()).endsWith("/concurrent-change");
    }

    @Test
    void aDefectIs500WithAnIncidentIdAndNoInternals() {
        Problem problem = problem(mappers.unexpected(new IllegalStateException("SELECT secret FROM people")), 500);
        assertThat(problem.detail()).matches("Nothing was stored; quote incident [0-9a-f-]{36} when you report it")
                .doesNotContain("secret");
        assertThat(problem(mappers.unexpected(new IllegalStateException()), 500).detail())
                .isNotEqualTo(problem.detail());
    }

    private Problem unreadable(String json, Class<?> type) {
        try {
            strict.readValue(json, type);
        } catch (MismatchedInputException e) {
            return problem(mappers.mismatchedJson(e), 400);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return problem(mappers.unreadableJson(e), 400);
        }
        throw new AssertionError(json + " was read");
    }

    private static Versions.InvalidIfMatch catchInvalid(String header) {
        try {
            Versions.expected(header);
        } catch (Versions.InvalidIfMatch e) {
            return e;
        }
        throw new AssertionError(header + " was taken");
    }

    private static Problem problem(Response response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.type()).isNotNull();
        return problem;
    }
}
