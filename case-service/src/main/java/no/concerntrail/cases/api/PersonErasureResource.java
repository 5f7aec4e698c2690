package no.concerntrail.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import no.concerntrail.cases.domain.command.EraseConcern;
import no.concerntrail.cases.projection.ConcernViews;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.security.NeedToKnow;
import no.concerntrail.platform.security.Roles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Erasing a person: every concern about them that is not erased yet, found by their national identity number, in one
 * transaction. Need-to-know holds as for every other command: a concern of another district is erased only by a team
 * lead who breaks the glass, with the reason in the usage log. Concerns recorded without the number are erased one by
 * one ({@code POST /concerns/{id}/erase}).
 */
@Path("/erasures")
@RolesAllowed(Roles.TEAM_LEAD)
public class PersonErasureResource {

    /** The concerns erased now, by id; empty when there was none left to erase. */
    public record Erased(@Schema(maxItems = 10_000) List<UUID> concerns) {
    }

    @Inject
    CommandGateway commands;
    @Inject
    ConcernViews views;
    @Inject
    AccessLog accessLog;
    @Inject
    NeedToKnow needToKnow;
    @Inject
    JsonWebToken caller;

    @APIResponse(responseCode = "200", description = "The concerns erased now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Erased.class)))
    @POST
    @Transactional
    public Erased erase(@NotNull @Valid ConcernRequests.ErasePerson request) {
        List<UUID> concerns = views.ofPerson(request.nationalIdentityNumber());
        concerns.forEach(concern -> views.find(concern).ifPresent(view ->
                needToKnow.require(new NeedToKnow.Belonging(concern, view.district(), view.assignee()))));
        for (UUID concern : concerns) {
            commands.sendAndWait(new EraseConcern(concern, request.ground(), request.reference(), null,
                    caller.getSubject()));
        }
        accessLog.record(caller.getSubject(), "person.erased", concerns);
        return new Erased(concerns);
    }
}
