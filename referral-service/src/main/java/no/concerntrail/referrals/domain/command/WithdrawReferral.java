package no.concerntrail.referrals.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The police withdraw the referral, saying why (the reason stays with the police). */
public record WithdrawReferral(
        @TargetAggregateIdentifier UUID referralId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {

    /** The reason is free text and may name people: it stays out of logs. */
    @Override
    public String toString() {
        return "WithdrawReferral[referralId=" + referralId + ", expectedVersion=" + expectedVersion + ", actor=" + actor
                + ", reason withheld]";
    }
}
