package no.concerntrail.referrals.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The partner agency takes the referral on. */
public record AcceptReferral(
        @TargetAggregateIdentifier UUID referralId,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
