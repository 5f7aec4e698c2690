package no.concerntrail.conversations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import no.concerntrail.conversations.config.ConversationKinds;
import no.concerntrail.conversations.config.FactorCatalogue;
import no.concerntrail.conversations.domain.ConversationKind;
import no.concerntrail.conversations.domain.Factor;
import no.concerntrail.platform.security.Roles;

/** The configured choices a front end offers: conversation kinds (national and district) and factors. */
@Path("/")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class CatalogueResource {

    @Inject
    ConversationKinds kinds;
    @Inject
    FactorCatalogue factors;

    @GET
    @Path("conversation-kinds")
    public List<ConversationKind> kinds() {
        return kinds.all();
    }

    @GET
    @Path("factors")
    public List<Factor> factors() {
        return factors.all();
    }
}
