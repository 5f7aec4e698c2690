package no.concerntrail.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.command.AssignConcern;
import no.concerntrail.cases.domain.command.CloseConcern;
import no.concerntrail.cases.domain.command.EraseConcern;
import no.concerntrail.cases.domain.command.LowerConcern;
import no.concerntrail.cases.domain.command.RaiseConcern;
import no.concerntrail.cases.domain.command.ReopenConcern;
import no.concerntrail.cases.domain.command.TransferConcern;
import no.concerntrail.cases.domain.command.TriageConcern;
import no.concerntrail.cases.projection.ConcernView;
import no.concerntrail.cases.projection.ConcernViews;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.http.IdempotencyKey;
import no.concerntrail.platform.http.IdempotencyKeys;
import no.concerntrail.platform.http.InstantParameter;
import no.concerntrail.platform.http.Versions;
import no.concerntrail.platform.security.NeedToKnow;
import no.concerntrail.platform.security.Roles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Concerns over REST: each method hands one command to the Concern aggregate or reads the view, for a caller who
 * needs to know the concern (their district's, or assigned to them; see NeedToKnow).
 */
@Path("/concerns")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class ConcernResource {

    private static final String MEMENTO_DATETIME = "Memento-Datetime";

    @Inject
    CommandGateway commands;
    @Inject
    ConcernViews views;
    @Inject
    ConcernHistory history;
    @Inject
    ConcernReconstruction reconstruction;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    AccessLog accessLog;
    @Inject
    NeedToKnow needToKnow;
    @Inject
    JsonWebToken caller;
    @Context
    UriInfo uri;

    @APIResponse(responseCode = "201", description = "Received: the concern as stored",
            headers = @Header(name = "Location", description = "where the concern now is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Transactional
    public Response receive(@HeaderParam(IdempotencyKeys.HEADER) @IdempotencyKey String idempotencyKey,
                            @NotNull @Valid ConcernRequests.ReceiveConcern request) {
        UUID concernId = idempotencyKeys.createOnce(actor(), idempotencyKey, request,
                id -> commands.sendAndWait(request.toCommand(id, needToKnow.receivingDistrict(), actor())));
        return created(found(concernId));
    }

    /**
     * With If-None-Match carrying the current version: 304, so a front end can poll cheaply. With asOf: the concern as
     * it was known then, a reconstruction ({@link ConcernAsOf}, header Memento-Datetime), never cached by version.
     *
     * @param asOf text checked here, so a word is a 400 naming the parameter (JAX-RS would answer 404)
     */
    @APIResponse(responseCode = "200", description = "The concern now, its ETag its version; with asOf, the concern as "
            + "it was known then (ConcernAsOf, a reconstruction: no ETag, header Memento-Datetime)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ConcernView.class, ConcernAsOf.class})))
    @APIResponse(responseCode = "304", description = "Unchanged since the version If-None-Match names")
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request,
                        @QueryParam("asOf") @Pattern(regexp = InstantParameter.PATTERN,
                                message = InstantParameter.MESSAGE) String asOf) {
        ConcernView view = visible(id);
        if (asOf != null) {
            return reconstructed(id, InstantParameter.parse("asOf", asOf));
        }
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(Versions.etag(view.version()));
        if (unchanged != null) {
            return unchanged.build();
        }
        accessLog.record(actor(), "concern.read", List.of(id));
        return current(view);
    }

    /** Numbers arrive as text and are checked here: a word is a 400 naming the parameter (JAX-RS would answer 404). */
    @GET
    public ConcernViews.Page list(@QueryParam("status") @Pattern(regexp = "RECEIVED|OPEN|CLOSED",
                                          message = "must be one of RECEIVED, OPEN, CLOSED") String status,
                                  @QueryParam("assignee") @Size(max = 200) String assignee,
                                  @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,9}",
                                          message = "must be a whole number") String page,
                                  @QueryParam("size") @DefaultValue("20") @Pattern(regexp = "\\d{1,9}",
                                          message = "must be a whole number") @Min(1) @Max(100) String size) {
        ConcernViews.Page found = views.list(needToKnow.callersDistrict(), actor(),
                status == null ? null : ConcernStatus.valueOf(status), assignee, Integer.parseInt(page),
                Integer.parseInt(size));
        accessLog.record(actor(), "concern.list", found.items().stream().map(ConcernView::concernId).toList());
        return found;
    }

    /**
     * Everything that happened to the concern, in order; with until, only what had happened by then (header
     * Memento-Datetime).
     *
     * @param until text checked here, so a word is a 400 naming the parameter (JAX-RS would answer 404)
     */
    @APIResponse(responseCode = "200", description = "The concern's history, or as much of it as had happened by until",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    @GET
    @Path("{id}/history")
    public Response history(@PathParam("id") UUID id, @QueryParam("until") @Pattern(regexp = InstantParameter.PATTERN,
            message = InstantParameter.MESSAGE) String until) {
        visible(id);
        Instant by = InstantParameter.parse("until", until);
        List<HistoryEntry> entries = history.of(id).stream().filter(entry -> by == null || !entry.at().isAfter(by))
                .toList();
        if (entries.isEmpty()) {
            throw new NotFoundException(by == null ? "There is no concern " + id
                    : "Concern " + id + " had not been received by " + by);
        }
        accessLog.record(actor(), "concern.history", List.of(id));
        Response.ResponseBuilder answer = Response.ok(caller.getGroups().contains(Roles.TEAM_LEAD) ? entries
                : entries.stream().map(HistoryEntry::withReporterIdentityWithheld).toList());
        return by == null ? answer.build() : answer.header(MEMENTO_DATETIME, httpDate(by)).build();
    }

    /** Who has read this concern's personal data, for a team lead answering a request for access. */
    @GET
    @Path("{id}/access-log")
    @RolesAllowed(Roles.TEAM_LEAD)
    public List<AccessLog.Entry> accessLog(@PathParam("id") UUID id) {
        visible(id);
        return accessLog.of(id);
    }

    @APIResponse(responseCode = "200", description = "The concern as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/triage")
    @Transactional
    @RolesAllowed(Roles.TEAM_LEAD)
    public Response triage(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ConcernRequests.Triage request) {
        return decide(id, new TriageConcern(id, request.outcome(), request.reason(), request.signpostedTo(),
                expectedVersion(id, ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The concern as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/assign")
    @Transactional
    @RolesAllowed(Roles.TEAM_LEAD)
    public Response assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ConcernRequests.Assign request) {
        return decide(id, new AssignConcern(id, request.assignee(), expectedVersion(id, ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The concern as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/raise")
    @Transactional
    public Response raise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid ConcernRequests.ChangeLevel request) {
        return decide(id, new RaiseConcern(id, request.level(), request.reason(), null,
                expectedVersion(id, ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The concern as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/lower")
    @Transactional
    public Response lower(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid ConcernRequests.ChangeLevel request) {
        return decide(id, new LowerConcern(id, request.level(), request.reason(), null,
                expectedVersion(id, ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The concern as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/close")
    @Transactional
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid ConcernRequests.WithReason request) {
        return decide(id, new CloseConcern(id, request.reason(), expectedVersion(id, ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The concern as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/reopen")
    @Transactional
    public Response reopen(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ConcernRequests.WithReason request) {
        return decide(id, new ReopenConcern(id, request.reason(), expectedVersion(id, ifMatch), actor()));
    }

    /** To another police district, whose officers see it from then on; a team lead of the concern's district does it. */
    @APIResponse(responseCode = "200", description = "The concern as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/transfer")
    @Transactional
    @RolesAllowed(Roles.TEAM_LEAD)
    public Response transfer(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid ConcernRequests.Transfer request) {
        return decide(id, new TransferConcern(id, request.district(), request.reason(), expectedVersion(id, ifMatch),
                actor()));
    }

    /**
     * Erases the concern's personal data, in every replay and in the other services: a team lead does it, with the
     * ground and the reference the request or decision is filed under. What remains is that the concern existed, its
     * decisions and their dates.
     */
    @APIResponse(responseCode = "200", description = "The concern as it now is, erased; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConcernView.class)))
    @POST
    @Path("{id}/erase")
    @Transactional
    @RolesAllowed(Roles.TEAM_LEAD)
    public Response erase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid ConcernRequests.Erase request) {
        return decide(id, new EraseConcern(id, request.ground(), request.reference(), expectedVersion(id, ifMatch),
                actor()));
    }

    /** The concern as it was known at {@code moment}: 404 for a moment before it was received. */
    private Response reconstructed(UUID id, Instant moment) {
        ConcernAsOf asOf = reconstruction.asOf(id, moment).orElseThrow(() -> new NotFoundException(
                "Concern " + id + " had not been received by " + moment));
        accessLog.record(actor(), "concern.read-as-of", List.of(id));
        return Response.ok(asOf).header(MEMENTO_DATETIME, httpDate(moment)).build();
    }

    /** RFC 7089's Memento-Datetime, in HTTP's date format (RFC 9110), says the answer is the resource as it was. */
    private static String httpDate(Instant moment) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(moment.atOffset(ZoneOffset.UTC));
    }

    private Long expectedVersion(UUID id, String ifMatch) {
        return Versions.checked(ifMatch, () -> visible(id).version());
    }

    /** Hands the command to the concern and answers with the concern as it now is (same transaction). */
    private Response decide(UUID id, Object command) {
        commands.sendAndWait(command);
        return current(found(id));
    }

    private String actor() {
        return caller.getSubject();
    }

    /** The concern, if the caller needs to know it (a team lead may break the glass: recorded). */
    private ConcernView visible(UUID id) {
        ConcernView view = found(id);
        needToKnow.require(new NeedToKnow.Belonging(id, view.district(), view.assignee()));
        return view;
    }

    private ConcernView found(UUID id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("There is no concern " + id));
    }

    private Response created(ConcernView view) {
        return Response.created(uri.getBaseUriBuilder().path("concerns").path(view.concernId().toString()).build())
                .tag(Versions.etag(view.version())).entity(view).build();
    }

    private static Response current(ConcernView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
