package no.concerntrail.referrals.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import no.concerntrail.platform.events.Delivered;
import no.concerntrail.platform.events.Publication;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.event.ReferralEvent;
import no.concerntrail.referrals.partner.PartnerField;
import no.concerntrail.referrals.projection.ReferralView;
import no.concerntrail.referrals.projection.ReferralViews;
import no.concerntrail.referrals.projection.ShareLog;
import org.axonframework.eventhandling.EventMessage;

/**
 * Records every acknowledged publication to a partner as a share, in the partner feed's transaction: the fields are
 * those the feed picked in for the event (the same pure function that built what was sent), the basis the referral's.
 */
@Singleton
public class PartnerShares implements Delivered {

    @Inject
    PartnerTopics topics;
    @Inject
    ReferralViews referrals;
    @Inject
    ShareLog shares;

    @Override
    public void after(EventMessage<?> stored, List<Publication> publications) {
        ReferralEvent event = (ReferralEvent) stored.getPayload();
        PartnerReferralEvent sent = topics.partnerEvent(event).orElseThrow();
        // written in the append's transaction, so it is there whenever one of its events is
        ReferralView referral = referrals.find(event.referralId()).orElseThrow(() -> new IllegalStateException(
                "Referral " + event.referralId() + " has no view"));
        Provision provision = referral.made().provision();
        List<String> fields = sent.included().stream().sorted().map(PartnerField::configName).toList();
        for (Publication publication : publications) {
            shares.record(new ShareLog.Share(stored.getIdentifier(), event.referralId(), event.concernId(),
                    event.agency(), sent.type().name(), fields, referral.basisKind(),
                    provision == null ? null : provision.citation(), publication.topic(), null));
        }
    }
}
