package no.concerntrail.conversations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import no.concerntrail.conversations.domain.command.CancelConversation;
import no.concerntrail.conversations.domain.command.RecordConversationDeclined;
import no.concerntrail.conversations.domain.command.RecordNoShow;
import no.concerntrail.conversations.projection.ConversationView;
import no.concerntrail.conversations.projection.ConversationViews;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.http.IdempotencyKey;
import no.concerntrail.platform.http.IdempotencyKeys;
import no.concerntrail.platform.http.Versions;
import no.concerntrail.platform.security.Roles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Conversations over REST: each method hands one command to the Conversation aggregate or reads the view.
 * Case workers plan and record; a trusted person who holds a conversation never calls the API.
 */
@Path("/conversations")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class ConversationResource {

    @Inject
    CommandGateway commands;
    @Inject
    CommandFactory factory;
    @Inject
    ConversationViews views;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    AccessLog accessLog;
    @Inject
    ConcernNeedToKnow needToKnow;
    @Inject
    JsonWebToken caller;
    @Context
    UriInfo uri;

    @APIResponse(responseCode = "201", description = "Planned: the conversation as stored",
            headers = @Header(name = "Location", description = "where the conversation now is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @POST
    @Transactional
    public Response plan(@HeaderParam(IdempotencyKeys.HEADER) @IdempotencyKey String idempotencyKey,
                         @NotNull @Valid ConversationRequests.Plan request) {
        needToKnow.requireIfKnown(request.concernId());
        UUID conversationId = idempotencyKeys.createOnce(actor(), idempotencyKey, request,
                id -> commands.sendAndWait(factory.plan(id, request, actor())));
        return created(found(conversationId));
    }

    /** With If-None-Match carrying the current version: 304, so a front end can poll cheaply. */
    @APIResponse(responseCode = "200", description = "The conversation now; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the version If-None-Match names")
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ConversationView view = view(id);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(Versions.etag(view.version()));
        if (unchanged != null) {
            return unchanged.build();
        }
        accessLog.record(actor(), "conversation.read", List.of(view.concernId()));
        return current(view);
    }

    @APIResponse(responseCode = "200", description = "The conversation as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @POST
    @Path("{id}/rescheduled")
    @Transactional
    public Response rescheduled(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                @NotNull @Valid ConversationRequests.Reschedule request) {
        ConversationView before = view(id);
        return decide(id, factory.reschedule(id, before.concernId(), request, expected(before, ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The conversation as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @POST
    @Path("{id}/held")
    @Transactional
    public Response held(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                         @NotNull @Valid ConversationRequests.Held request) {
        ConversationView before = view(id);
        return decide(id, factory.held(id, before.concernId(), request, expected(before, ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The conversation as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @POST
    @Path("{id}/declined")
    @Transactional
    public Response declined(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid ConversationRequests.WithReason request) {
        return decide(id, new RecordConversationDeclined(id, request.reason(), expected(view(id), ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The conversation as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @POST
    @Path("{id}/cancelled")
    @Transactional
    public Response cancelled(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @NotNull @Valid ConversationRequests.WithReason request) {
        return decide(id, new CancelConversation(id, request.reason(), expected(view(id), ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The conversation as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @POST
    @Path("{id}/no-show")
    @Transactional
    public Response noShow(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ConversationRequests.WithReason request) {
        return decide(id, new RecordNoShow(id, request.reason(), expected(view(id), ifMatch), actor()));
    }

    /** The If-Match version, checked against the conversation as just read (an unknown one is a 404 already). */
    private static Long expected(ConversationView before, String ifMatch) {
        return Versions.checked(ifMatch, before::version);
    }

    /** Hands the command to the conversation and answers with the conversation as it now is (same transaction). */
    private Response decide(UUID id, Object command) {
        commands.sendAndWait(command);
        return current(found(id));
    }

    private String actor() {
        return caller.getSubject();
    }

    /** The conversation, if the caller needs to know its concern (a team lead may break the glass: recorded). */
    private ConversationView view(UUID id) {
        ConversationView view = found(id);
        needToKnow.require(view.concernId());
        return view;
    }

    private ConversationView found(UUID id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("There is no conversation " + id));
    }

    private Response created(ConversationView view) {
        return Response.created(uri.getBaseUriBuilder().path("conversations").path(view.conversationId().toString())
                .build()).tag(Versions.etag(view.version())).entity(view).build();
    }

    private static Response current(ConversationView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
