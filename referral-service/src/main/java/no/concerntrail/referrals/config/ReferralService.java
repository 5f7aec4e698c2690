package no.concerntrail.referrals.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import no.concerntrail.platform.service.Feed;
import no.concerntrail.platform.service.ServiceDefinition;
import no.concerntrail.referrals.domain.Referral;
import no.concerntrail.referrals.messaging.PartnerShares;
import no.concerntrail.referrals.messaging.PartnerTopics;
import no.concerntrail.referrals.messaging.ReferralEventsContract;
import no.concerntrail.referrals.projection.ReferralProjection;

/** referral-service as the platform runs it (see {@link ServiceDefinition}). */
public class ReferralService {

    /** The publication to the partners' topics, one per agency, and the name its parked events are filed under. */
    public static final String PARTNER_FEED = "partner-feed";

    @Produces
    @Singleton
    ServiceDefinition definition(ReferralProjection readModel, PartnerTopics partnerTopics, PartnerShares shares) {
        return new ServiceDefinition("referral-service", Referral.class, "referral-views", readModel,
                "concerntrail.referral.events", ReferralEventsContract.V1, ConcernOrder.POLICY, List.of(),
                // a referral's events reach its partner in order: they are in order per concern, and a referral is
                // keyed by its own id on the agency's topic
                List.of(new Feed(PARTNER_FEED, partnerTopics, ConcernOrder.POLICY, shares, Feed.From.ITS_FIRST_START)));
    }
}
