package no.concerntrail.cases.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import no.concerntrail.platform.http.InstantParameter;
import no.concerntrail.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The analysts' history over HTTP: the same pseudonymised events as their topic, from the first stored, as NDJSON (a
 * CloudEvent in JSON format per line), streamed as they are read.
 */
@Path("/analytics/events")
@RolesAllowed(Roles.ANALYST)
public class AnalyticsEventsResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String TYPES = "[A-Za-z]{1,64}(,[A-Za-z]{1,64}){0,31}";

    @Inject
    AnalyticsReplay replay;

    /**
     * @param from  stored at or after this moment
     * @param to    stored before this moment
     * @param types event names, comma-separated (e.g. {@code ConcernReceived,ConcernClosed}); all when absent
     */
    @APIResponse(responseCode = "200", description = "One CloudEvent (JSON format) per line, oldest first",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Produces(NDJSON)
    public StreamingOutput events(@QueryParam("from") @Pattern(regexp = InstantParameter.PATTERN,
                                          message = InstantParameter.MESSAGE) String from,
                                  @QueryParam("to") @Pattern(regexp = InstantParameter.PATTERN,
                                          message = InstantParameter.MESSAGE) String to,
                                  @QueryParam("types") @Pattern(regexp = TYPES, message = "must be event names, "
                                          + "comma-separated, e.g. ConcernReceived,ConcernClosed") String types) {
        AnalyticsPeriod period = AnalyticsPeriod.of(from, to);
        Set<String> names = types == null ? Set.of() : Arrays.stream(types.split(",")).collect(Collectors.toSet());
        AnalyticsReplay.Window window = new AnalyticsReplay.Window(period.from(), period.to(), names);
        return out -> replay.write(window, out);
    }
}
