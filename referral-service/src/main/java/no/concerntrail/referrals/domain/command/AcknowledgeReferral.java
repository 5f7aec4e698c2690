package no.concerntrail.referrals.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The partner agency confirms it received the referral. */
public record AcknowledgeReferral(
        @TargetAggregateIdentifier UUID referralId,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
