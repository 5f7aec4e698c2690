package no.concerntrail.platform.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import no.concerntrail.platform.security.Caller;
import no.concerntrail.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The retention deadlines, for whoever runs the service: what is due (a dry run), a run now, and the audit of the
 * runs. In every service.
 */
@Path("/operations/retention")
@RolesAllowed({Roles.OPERATOR, Roles.TEAM_LEAD})
public class RetentionResource {

    /** How many audited runs the audit shows. */
    static final int AUDIT_LENGTH = 100;
    /** At most as many answers as a dry run or a run gives. */
    static final int RULES = Retention.MOST_RULES;
    private static final String JSON = "application/json";

    @Inject
    Retention retention;
    @Inject
    Caller caller;

    @APIResponse(responseCode = "200", description = "One per rule", content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Retention.Due.class, maxItems = RULES)))
    @GET
    public List<Retention.Due> due() {
        return retention.due();
    }

    @APIResponse(responseCode = "200", description = "One per rule", content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Retention.Erased.class, maxItems = RULES)))
    @POST
    @Path("run")
    public List<Retention.Erased> run() {
        return retention.run(caller.subject());
    }

    /** The latest runs, newest first. */
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Retention.Run.class, maxItems = AUDIT_LENGTH)))
    @GET
    @Path("runs")
    public List<Retention.Run> runs() {
        return retention.runs(AUDIT_LENGTH);
    }
}
