package no.concerntrail.referrals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.referrals.projection.ReferralView;
import no.concerntrail.referrals.projection.ReferralViews;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A concern's referrals, oldest first (an empty list for a concern without any), and who read them. */
@Path("/concerns/{concernId}/referrals")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class ConcernReferralsResource {

    @Inject
    ReferralViews views;
    @Inject
    AccessLog accessLog;
    @Inject
    ConcernNeedToKnow needToKnow;
    @Inject
    JsonWebToken caller;

    @GET
    public List<ReferralView> list(@PathParam("concernId") UUID concernId) {
        // before looking: whether a concern has referrals is the concern's business too
        needToKnow.requireIfKnown(concernId);
        List<ReferralView> found = views.ofConcern(concernId);
        if (!found.isEmpty()) {
            accessLog.record(caller.getSubject(), "referral.list", List.of(concernId));
        }
        return found;
    }

    /** Who has read the personal data in this concern's referrals, for a team lead answering a request for access. */
    @GET
    @Path("access-log")
    @RolesAllowed(Roles.TEAM_LEAD)
    public List<AccessLog.Entry> accessLog(@PathParam("concernId") UUID concernId) {
        needToKnow.requireIfKnown(concernId);
        return accessLog.of(concernId);
    }
}
