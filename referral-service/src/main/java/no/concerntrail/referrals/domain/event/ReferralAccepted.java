package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The partner agency took the referral on. */
@Revision("1")
public record ReferralAccepted(UUID referralId, UUID concernId, String agency, String actor, Instant at)
        implements ReferralEvent {
}
