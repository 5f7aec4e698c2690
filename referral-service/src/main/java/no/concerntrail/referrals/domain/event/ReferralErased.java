package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The referral's concern was erased in case-service (by {@code actor}), and with it the key its personal data was
 * sealed under here: its earlier events read without that data from now on. The partner receives an erasure notice:
 * what it holds of the person is then for its own law to govern.
 */
@Revision("1")
public record ReferralErased(UUID referralId, UUID concernId, String agency, String actor, Instant at)
        implements ReferralEvent {
}
