package no.concerntrail.platform.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import no.concerntrail.platform.security.Caller;
import no.concerntrail.platform.security.Roles;

/**
 * The retention deadlines, for whoever runs the service: what is due (a dry run), a run now, and the audit of the
 * runs. In every service.
 */
@Path("/operations/retention")
@RolesAllowed({Roles.OPERATOR, Roles.TEAM_LEAD})
public class RetentionResource {

    /** How many audited runs the audit shows. */
    static final int AUDIT_LENGTH = 100;

    @Inject
    Retention retention;
    @Inject
    Caller caller;

    @GET
    public List<Retention.Due> due() {
        return retention.due();
    }

    @POST
    @Path("run")
    public List<Retention.Erased> run() {
        return retention.run(caller.subject());
    }

    /** The latest runs, newest first. */
    @GET
    @Path("runs")
    public List<Retention.Run> runs() {
        return retention.runs(AUDIT_LENGTH);
    }
}
