package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The partner agency confirmed it received the referral. */
@Revision("1")
public record ReferralAcknowledged(UUID referralId, UUID concernId, String agency, String actor, Instant at)
        implements ReferralEvent {
}
