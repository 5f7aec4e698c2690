package no.concerntrail.referrals.api;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.http.Versions;
import no.concerntrail.referrals.contract.PartnerReferralData;
import no.concerntrail.referrals.domain.command.AcceptReferral;
import no.concerntrail.referrals.domain.command.AcknowledgeReferral;
import no.concerntrail.referrals.domain.command.CompleteReferral;
import no.concerntrail.referrals.domain.command.DeclineReferral;
import no.concerntrail.referrals.projection.ReferralView;
import no.concerntrail.referrals.projection.ReferralViews;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Referrals as a partner agency (role {@code partner:<agency>}, see {@link PartnerCaller}) reads and answers them:
 * its own only, each with what its policy allows. Another agency's referral does not exist for it (404), so a
 * partner cannot even learn that it is there.
 */
@Path("/partner/referrals")
@Authenticated
public class PartnerReferralResource {

    private static final String AS_SEEN = "The referral as the agency may see it; its ETag is the partner's version";
    private static final String AS_NOW = "The referral as it now is; its ETag is the partner's version";

    @Inject
    CommandGateway commands;
    @Inject
    ReferralViews views;
    @Inject
    AccessLog accessLog;
    @Inject
    PartnerCaller caller;

    /**
     * A page of the agency's referrals, newest first, with how many it has in all.
     *
     * @param page text checked here, so a word is a 400 naming the parameter (JAX-RS would answer 404)
     */
    @GET
    public PartnerReferralPage list(@QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,9}",
                                            message = "must be a whole number") String page,
                                    @QueryParam("size") @DefaultValue("20") @Pattern(regexp = "\\d{1,9}",
                                            message = "must be a whole number") @Min(1) @Max(100) String size) {
        String agency = caller.agency().agency();
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        List<ReferralView> found = views.ofAgency(agency, pageNumber, pageSize);
        if (!found.isEmpty()) {
            accessLog.record(caller.subject(), "partner-referral.list",
                    found.stream().map(ReferralView::concernId).distinct().toList());
        }
        return new PartnerReferralPage(found.stream().map(view -> PartnerReferralBody.of(view, caller.agency()))
                .toList(), pageNumber, pageSize, views.countOfAgency(agency));
    }

    @APIResponse(responseCode = "200", description = AS_SEEN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerReferralData.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        ReferralView view = own(id);
        accessLog.record(caller.subject(), "partner-referral.read", List.of(view.concernId()));
        return current(view);
    }

    @APIResponse(responseCode = "200", description = AS_NOW,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerReferralData.class)))
    @POST
    @Path("{id}/acknowledge")
    @Transactional
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return decide(id, new AcknowledgeReferral(id, expected(own(id), ifMatch), caller.subject()));
    }

    @APIResponse(responseCode = "200", description = AS_NOW,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerReferralData.class)))
    @POST
    @Path("{id}/accept")
    @Transactional
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return decide(id, new AcceptReferral(id, expected(own(id), ifMatch), caller.subject()));
    }

    @APIResponse(responseCode = "200", description = AS_NOW,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerReferralData.class)))
    @POST
    @Path("{id}/decline")
    @Transactional
    public Response decline(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid ReferralRequests.WithReason request) {
        return decide(id, new DeclineReferral(id, request.reason(), expected(own(id), ifMatch), caller.subject()));
    }

    @APIResponse(responseCode = "200", description = AS_NOW,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerReferralData.class)))
    @POST
    @Path("{id}/complete")
    @Transactional
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid ReferralRequests.WithNote request) {
        return decide(id, new CompleteReferral(id, request.note(), expected(own(id), ifMatch), caller.subject()));
    }

    /**
     * The partner's If-Match is checked against what it sees (the partner version); the command then holds the
     * referral's own version, so a referral changed between this read and the append is still refused there.
     */
    private static Long expected(ReferralView before, String ifMatch) {
        return Versions.checked(ifMatch, before::partnerVersion) == null ? null : before.version();
    }

    /**
     * A change that got in between the If-Match check and the append is a conflict to retry, said without the
     * referral's own versions: they count the police's records too, which are not the partner's to see.
     */
    private Response decide(UUID id, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (ConflictingAggregateVersionException changedMeanwhile) {
            throw new ConcurrencyException("The referral changed while the answer was made");
        }
        return current(own(id));
    }

    /** The referral if it is the caller's agency's; otherwise, as for one that does not exist, 404. */
    private ReferralView own(UUID id) {
        return views.find(id).filter(view -> view.agency().equals(caller.agency().agency()))
                .orElseThrow(() -> new NotFoundException("There is no referral " + id));
    }

    private Response current(ReferralView view) {
        return Response.ok(PartnerReferralBody.of(view, caller.agency())).tag(Versions.etag(view.partnerVersion()))
                .build();
    }
}
