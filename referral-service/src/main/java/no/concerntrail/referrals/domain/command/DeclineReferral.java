package no.concerntrail.referrals.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The partner agency declines the referral, saying why. */
public record DeclineReferral(
        @TargetAggregateIdentifier UUID referralId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {

    /** The reason is free text and may name people: it stays out of logs. */
    @Override
    public String toString() {
        return "DeclineReferral[referralId=" + referralId + ", expectedVersion=" + expectedVersion + ", actor=" + actor
                + ", reason withheld]";
    }
}
