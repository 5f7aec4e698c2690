package no.concerntrail.referrals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.http.IdempotencyKey;
import no.concerntrail.platform.http.IdempotencyKeys;
import no.concerntrail.platform.http.Versions;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.referrals.domain.command.DeferNotification;
import no.concerntrail.referrals.domain.command.RecordSubjectNotified;
import no.concerntrail.referrals.domain.command.WithdrawReferral;
import no.concerntrail.referrals.partner.Entitlements;
import no.concerntrail.referrals.projection.ReferralView;
import no.concerntrail.referrals.projection.ReferralViews;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Referrals as the police make and follow them: each method hands one command to the Referral aggregate or reads the
 * view. Whatever is about a concern is guarded by need-to-know.
 */
@Path("/referrals")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class ReferralResource {

    @Inject
    CommandGateway commands;
    @Inject
    CommandFactory factory;
    @Inject
    ReferralViews views;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    AccessLog accessLog;
    @Inject
    ConcernNeedToKnow needToKnow;
    @Inject
    Entitlements entitlements;
    @Inject
    JsonWebToken caller;
    @Context
    UriInfo uri;

    @APIResponse(responseCode = "201", description = "Made: the referral as stored",
            headers = @Header(name = "Location", description = "where the referral now is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @POST
    @Transactional
    public Response make(@HeaderParam(IdempotencyKeys.HEADER) @IdempotencyKey String idempotencyKey,
                         @NotNull @Valid ReferralRequests.Make request) {
        needToKnow.requireIfKnown(request.concernId());
        UUID referralId = idempotencyKeys.createOnce(actor(), idempotencyKey, request,
                id -> commands.sendAndWait(factory.make(id, request, actor())));
        ReferralView view = found(referralId);
        return Response.created(uri.getBaseUriBuilder().path("referrals").path(referralId.toString()).build())
                .tag(Versions.etag(view.version())).entity(view).build();
    }

    /** With If-None-Match carrying the current version: 304, so a front end can poll cheaply. */
    @APIResponse(responseCode = "200", description = "The referral now; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the version If-None-Match names")
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ReferralView view = view(id);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(Versions.etag(view.version()));
        if (unchanged != null) {
            return unchanged.build();
        }
        accessLog.record(actor(), "referral.read", List.of(view.concernId()));
        return current(view);
    }

    /**
     * The referrals a partner has not acknowledged within its agency's answer time, oldest first, of the concerns the
     * caller may see: the ones to chase. The only list offered, so the parameter is required.
     *
     * @param limit text checked here, so a word is a 400 naming the parameter (JAX-RS would answer 404)
     */
    @APIResponse(responseCode = "200", description = "The overdue referrals, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralView.class, maxItems = 500)))
    @GET
    public List<ReferralView> unanswered(@QueryParam("unanswered") @NotNull(message = "must be true: the list offered"
                                                 + " is the referrals not acknowledged in time")
                                         @Pattern(regexp = "true", message = "must be true: the list offered is the"
                                                 + " referrals not acknowledged in time") String unanswered,
                                         @QueryParam("limit") @DefaultValue("100") @Pattern(regexp = "\\d{1,9}",
                                                 message = "must be a whole number") @Min(1) @Max(500) String limit) {
        Instant now = PoliceTime.now();
        Map<String, Instant> madeBefore = new LinkedHashMap<>();
        entitlements.all().forEach(agency -> madeBefore.put(agency.agency(), now.minus(agency.answerTime())));
        List<ReferralView> overdue = views.unanswered(madeBefore, needToKnow.callersDistrict(), actor(),
                Integer.parseInt(limit));
        if (!overdue.isEmpty()) {
            accessLog.record(actor(), "referral.unanswered",
                    overdue.stream().map(ReferralView::concernId).distinct().toList());
        }
        return overdue;
    }

    @APIResponse(responseCode = "200", description = "The referral as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @POST
    @Path("{id}/withdraw")
    @Transactional
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid ReferralRequests.WithReason request) {
        return decide(id, new WithdrawReferral(id, request.reason(), expected(view(id), ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The referral as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @POST
    @Path("{id}/subject-notified")
    @Transactional
    public Response subjectNotified(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                    @NotNull @Valid ReferralRequests.Notified request) {
        return decide(id, new RecordSubjectNotified(id, request.notifiedAt(), request.method(),
                expected(view(id), ifMatch), actor()));
    }

    @APIResponse(responseCode = "200", description = "The referral as it now is; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @POST
    @Path("{id}/notification-deferred")
    @Transactional
    public Response notificationDeferred(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         @NotNull @Valid ReferralRequests.Deferred request) {
        return decide(id, new DeferNotification(id, request.reason(), request.until(), expected(view(id), ifMatch),
                actor()));
    }

    /** The If-Match version, checked against the referral as just read (an unknown one is a 404 already). */
    private static Long expected(ReferralView before, String ifMatch) {
        return Versions.checked(ifMatch, before::version);
    }

    /** Hands the command to the referral and answers with the referral as it now is (same transaction). */
    private Response decide(UUID id, Object command) {
        commands.sendAndWait(command);
        return current(found(id));
    }

    private String actor() {
        return caller.getSubject();
    }

    /** The referral, if the caller needs to know its concern (a team lead may break the glass: recorded). */
    private ReferralView view(UUID id) {
        ReferralView view = found(id);
        needToKnow.require(view.concernId());
        return view;
    }

    private ReferralView found(UUID id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("There is no referral " + id));
    }

    private static Response current(ReferralView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
