package no.concerntrail.referrals.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** case-service erased the referral's concern: the partner is told, and the referral takes no command any more. */
public record EraseReferral(@TargetAggregateIdentifier UUID referralId, String actor) {
}
