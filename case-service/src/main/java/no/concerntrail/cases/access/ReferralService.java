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
 * referral-service's answers about a concern, as a team lead gets them (see {@link ConversationService}): its
 * referrals, what was shared with whom on which basis, and who read them.
 */
@RegisterRestClient(configKey = "referral-service")
@Path("/concerns/{concernId}")
public interface ReferralService {

    @GET
    @Path("referrals")
    List<JsonNode> referrals(@PathParam("concernId") UUID concernId,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("Break-Glass-Reason") String breakGlassReason);

    @GET
    @Path("shares")
    List<JsonNode> shares(@PathParam("concernId") UUID concernId, @HeaderParam("Authorization") String authorization,
                          @HeaderParam("Break-Glass-Reason") String breakGlassReason);

    @GET
    @Path("referrals/access-log")
    List<JsonNode> accessLog(@PathParam("concernId") UUID concernId,
                             @HeaderParam("Authorization") String authorization,
                             @HeaderParam("Break-Glass-Reason") String breakGlassReason);
}
