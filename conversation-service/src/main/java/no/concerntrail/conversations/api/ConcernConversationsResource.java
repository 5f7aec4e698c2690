package no.concerntrail.conversations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import no.concerntrail.conversations.projection.ConversationView;
import no.concerntrail.conversations.projection.ConversationViews;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A concern's conversations, by planned time (an empty list for a concern without any), and who read them. */
@Path("/concerns/{concernId}/conversations")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class ConcernConversationsResource {

    @Inject
    ConversationViews views;
    @Inject
    AccessLog accessLog;
    @Inject
    ConcernNeedToKnow needToKnow;
    @Inject
    JsonWebToken caller;

    @GET
    public List<ConversationView> list(@PathParam("concernId") UUID concernId) {
        List<ConversationView> found = views.ofConcern(concernId);
        if (!found.isEmpty()) {
            needToKnow.require(concernId);
            accessLog.record(caller.getSubject(), "conversation.list", List.of(concernId));
        }
        return found;
    }

    /** Who has read the personal data in this concern's conversations, for a team lead answering a request for access. */
    @GET
    @Path("access-log")
    @RolesAllowed(Roles.TEAM_LEAD)
    public List<AccessLog.Entry> accessLog(@PathParam("concernId") UUID concernId) {
        needToKnow.require(concernId);
        return accessLog.of(concernId);
    }
}
