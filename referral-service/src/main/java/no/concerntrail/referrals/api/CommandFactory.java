package no.concerntrail.referrals.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.UUID;
import no.concerntrail.referrals.config.PartnerAgencies;
import no.concerntrail.referrals.domain.command.MakeReferral;
import no.concerntrail.referrals.projection.KnownConcerns;

/**
 * Turns a request into a MakeReferral with what the decision needs from outside the aggregate: the agency's terms as
 * configured, and the concern as case-service last published it.
 */
@Singleton
public class CommandFactory {

    @Inject
    PartnerAgencies agencies;
    @Inject
    KnownConcerns concerns;

    MakeReferral make(UUID referralId, ReferralRequests.Make request, String actor) {
        return new MakeReferral(referralId, request.concernId(), concerns.find(request.concernId()).orElse(null),
                request.agency(), agencies.terms(request.agency()).orElse(null),
                request.basis() == null ? null : request.basis().toDomain(), request.helpNeeds(),
                request.conversationId(), request.message(), request.subject().toDomain(),
                request.policeContact().toDomain(), actor);
    }
}
