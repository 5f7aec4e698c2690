package no.concerntrail.platform.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import no.concerntrail.platform.security.Roles;

/**
 * A service's rebuildable projections, for whoever runs it: start a rebuild by replay, and follow it. In every
 * service; one without such projections answers 404.
 */
@Path("/operations/projections/{name}")
@RolesAllowed({Roles.OPERATOR, Roles.TEAM_LEAD})
public class ProjectionsResource {

    @Inject
    ProjectionRebuilds rebuilds;

    @GET
    public ProjectionRebuilds.Progress progress(@PathParam("name") String name) {
        return rebuilds.progress(name);
    }

    /** 202: the rebuild runs on; GET the projection to follow it. */
    @POST
    @Path("rebuild")
    public Response rebuild(@PathParam("name") String name) {
        return Response.accepted(rebuilds.rebuild(name)).build();
    }
}
