package no.concerntrail.referrals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.referrals.projection.ReferralView;
import no.concerntrail.referrals.projection.ReferralViews;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The people the police put off telling, whose deferral has run out: each must now be told, or the telling deferred
 * anew with a reason. A deferral is an exception to the right to be told, for a time; this list keeps it one.
 */
@Path("/referrals/deferrals-run-out")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class DeferralsRunOutResource {

    @Inject
    ReferralViews views;
    @Inject
    AccessLog accessLog;
    @Inject
    ConcernNeedToKnow needToKnow;
    @Inject
    JsonWebToken caller;

    /**
     * Of the caller's district and the concerns assigned to them, the longest run out first.
     *
     * @param limit text checked here, so a word is a 400 naming the parameter (JAX-RS would answer 404)
     */
    @APIResponse(responseCode = "200", description = "The referrals whose deferral has run out, longest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralView.class, maxItems = 500)))
    @GET
    public List<ReferralView> list(@QueryParam("limit") @DefaultValue("100") @Pattern(regexp = "\\d{1,9}",
            message = "must be a whole number") @Min(1) @Max(500) String limit) {
        List<ReferralView> runOut = views.deferralsRunOut(PoliceTime.day(PoliceTime.now()),
                needToKnow.callersDistrict(), caller.getSubject(), Integer.parseInt(limit));
        if (!runOut.isEmpty()) {
            accessLog.record(caller.getSubject(), "referral.deferrals-run-out",
                    runOut.stream().map(ReferralView::concernId).distinct().toList());
        }
        return runOut;
    }
}
