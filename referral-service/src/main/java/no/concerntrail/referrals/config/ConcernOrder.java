package no.concerntrail.referrals.config;

import no.concerntrail.referrals.domain.event.ReferralEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Referrals are published in order per concern, not per referral: the police-internal topic is keyed by the concern,
 * and a concern's timeline must show its referrals' events in the order they happened (the key keeps them in order on
 * the topic; this keeps them in order on the way there).
 */
final class ConcernOrder {

    static final SequencingPolicy<EventMessage<?>> POLICY = event ->
            event.getPayload() instanceof ReferralEvent referral ? referral.concernId() : null;

    private ConcernOrder() {
    }
}
