package no.concerntrail.referrals.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import no.concerntrail.platform.events.Publication;
import no.concerntrail.platform.events.Routes;
import no.concerntrail.referrals.domain.event.ReferralEvent;
import no.concerntrail.referrals.partner.Entitlement;
import no.concerntrail.referrals.partner.Entitlements;
import org.axonframework.eventhandling.EventMessage;

/**
 * The partner feed's routes: each stored referral event, as its agency's policy lets the agency see it
 * ({@link PartnerFeed}), to that agency's topic alone, keyed by the referral. The police's own records (telling the
 * subject, deferring it) go nowhere. A referral to an agency the configuration no longer names cannot be routed: the
 * platform parks it rather than guess.
 */
@Singleton
public class PartnerTopics implements Routes {

    private final Entitlements entitlements;

    @Inject
    public PartnerTopics(Entitlements entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public List<Publication> of(EventMessage<?> stored) {
        return stored.getPayload() instanceof ReferralEvent event
                ? partnerEvent(event).map(partner -> List.of(new Publication(entitlement(event).topic(),
                        partner.published()))).orElse(List.of())
                : List.of();
    }

    /** What the event's agency receives of it, if anything. */
    Optional<PartnerReferralEvent> partnerEvent(ReferralEvent event) {
        return PartnerFeed.toPartner(event, entitlement(event));
    }

    private Entitlement entitlement(ReferralEvent event) {
        return entitlements.of(event.agency()).orElseThrow(() -> new IllegalStateException(
                "No partner agency is configured as '" + event.agency() + "' any more"));
    }
}
