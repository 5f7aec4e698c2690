package no.concerntrail.referrals.domain.command;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.referrals.domain.NotificationMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that the subject (or a minor's guardians) was told that their data went to the partner: when and how. */
public record RecordSubjectNotified(
        @TargetAggregateIdentifier UUID referralId,
        Instant notifiedAt,
        NotificationMethod method,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
