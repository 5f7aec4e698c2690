package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.referrals.domain.NotificationMethod;
import org.axonframework.serialization.Revision;

/** The subject (or a minor's guardians) was told that their data went to the partner: when and how. */
@Revision("1")
public record SubjectNotified(UUID referralId, UUID concernId, String agency, Instant notifiedAt,
                              NotificationMethod method, String actor, Instant at) implements ReferralEvent {
}
