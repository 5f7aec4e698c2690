package no.concerntrail.platform.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import no.concerntrail.platform.events.UnpublishedEvents;
import no.concerntrail.platform.security.Roles;

/**
 * Parked events, for whoever runs the service: which consumed events took no effect and which stored events were
 * not published, where they are and why (never what they say), and a retry of each after a fix. In every service.
 */
@Path("/operations/parked-events")
@RolesAllowed({Roles.OPERATOR, Roles.TEAM_LEAD})
public class ParkedEventsResource {

    /** Both kinds, oldest first. */
    public record ParkedList(List<ParkedEvents.Parked> consumed, List<UnpublishedEvents.Unpublished> unpublished) {
    }

    @Inject
    ParkedEvents parked;
    @Inject
    UnpublishedEvents unpublished;
    @Inject
    ParkedEventRetries retries;

    @GET
    public ParkedList list() {
        return new ParkedList(parked.all(), unpublished.all());
    }

    @POST
    @Path("consumed/{id}/retry")
    public ParkedEventRetries.Retried retryConsumed(@PathParam("id") long id) {
        return retries.consumed(id);
    }

    @POST
    @Path("unpublished/{id}/retry")
    public ParkedEventRetries.Retried retryUnpublished(@PathParam("id") long id) {
        return retries.unpublished(id);
    }
}
