package no.concerntrail.referrals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.referrals.projection.ReferralView;
import no.concerntrail.referrals.projection.ReferralViews;
import no.concerntrail.referrals.projection.ShareLog;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What of a concern went to partners: every publication to a partner's topic, in the order their acknowledgements
 * were recorded, for the police to account for (a request for access, a question from the person or a supervisor). Empty for a concern
 * nothing was shared about.
 */
@Path("/concerns/{concernId}/shares")
@RolesAllowed({Roles.CASE_WORKER, Roles.TEAM_LEAD})
public class ConcernSharesResource {

    @Inject
    ShareLog shares;
    @Inject
    ReferralViews referrals;
    @Inject
    AccessLog accessLog;
    @Inject
    ConcernNeedToKnow needToKnow;
    @Inject
    JsonWebToken caller;

    @GET
    public List<ShareEntry> list(@PathParam("concernId") UUID concernId) {
        // before looking: whether anything of a concern was shared is the concern's business too
        needToKnow.requireIfKnown(concernId);
        List<ShareLog.Share> found = shares.ofConcern(concernId);
        if (found.isEmpty()) {
            return List.of();
        }
        accessLog.record(caller.getSubject(), "referral.shares", List.of(concernId));
        Map<UUID, ReferralView> byId = referrals.ofConcern(concernId).stream()
                .collect(Collectors.toMap(ReferralView::referralId, Function.identity()));
        LocalDate today = PoliceTime.day(PoliceTime.now());
        return found.stream().map(share -> ShareEntry.of(share, byId.get(share.referralId()), today)).toList();
    }
}
