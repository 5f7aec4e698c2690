package no.concerntrail.referrals.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import no.concerntrail.platform.service.ServiceDefinition;
import no.concerntrail.referrals.domain.Referral;
import no.concerntrail.referrals.messaging.ReferralEventsContract;
import no.concerntrail.referrals.projection.ReferralProjection;

/** referral-service as the platform runs it (see {@link ServiceDefinition}). */
public class ReferralService {

    @Produces
    @Singleton
    ServiceDefinition definition(ReferralProjection readModel) {
        return new ServiceDefinition("referral-service", Referral.class, "referral-views", readModel,
                "concerntrail.referral.events", ReferralEventsContract.V1, ConcernOrder.POLICY, List.of());
    }
}
