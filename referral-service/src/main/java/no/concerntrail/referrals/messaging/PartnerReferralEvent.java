package no.concerntrail.referrals.messaging;

import java.util.Set;
import no.concerntrail.platform.events.EventType;
import no.concerntrail.platform.events.PublishedEvent;
import no.concerntrail.referrals.contract.PartnerReferralData;
import no.concerntrail.referrals.partner.PartnerField;

/**
 * One stored referral event as a partner receives it, and which fields of the police's went with it (what the
 * police record of the share, with the referral's basis).
 *
 * @param type     {@code no.concerntrail.partner.<Name>.v1}: producer {@code partner}, not {@code referral}, because
 *                 this is another contract than the internal one on {@code concerntrail.referral.events} (the same
 *                 names, far fewer fields, its own versions); a consumer that dispatches on the type can never
 *                 mistake one for the other
 * @param data     the JSON body
 * @param included the fields that went, with a value; the partner's own answer is among them on its answers
 */
public record PartnerReferralEvent(EventType type, PartnerReferralData data, Set<PartnerField> included) {

    /** The producer in the partner events' type. */
    public static final String PRODUCER = "partner";

    public PartnerReferralEvent {
        included = Set.copyOf(included);
    }

    /**
     * The event for the platform's publisher. Its subject, the CloudEvents subject and the Kafka key, is the referral
     * id: the internal topics' concern id never reaches a partner.
     */
    public PublishedEvent published() {
        return new PublishedEvent(type.ceType(), data.referralId().toString(), data);
    }
}
