package no.concerntrail.cases.access;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * conversation-service's answers about a concern, as a team lead gets them: called with the team lead's own token (and
 * break-glass reason), so its need-to-know and usage log hold as if they had asked it themselves. Its JSON is read as
 * it comes: the report shows what conversation-service holds, in its words.
 */
@RegisterRestClient(configKey = "conversation-service")
@Path("/concerns/{concernId}/conversations")
public interface ConversationService {

    @GET
    List<JsonNode> conversations(@PathParam("concernId") UUID concernId,
                                 @HeaderParam("Authorization") String authorization,
                                 @HeaderParam("Break-Glass-Reason") String breakGlassReason);

    @GET
    @Path("access-log")
    List<JsonNode> accessLog(@PathParam("concernId") UUID concernId,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("Break-Glass-Reason") String breakGlassReason);
}
