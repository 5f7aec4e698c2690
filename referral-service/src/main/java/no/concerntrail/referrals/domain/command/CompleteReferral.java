package no.concerntrail.referrals.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner agency completed the help it took on.
 *
 * @param note what the partner wants the police to know at the end, or null
 */
public record CompleteReferral(
        @TargetAggregateIdentifier UUID referralId,
        String note,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {

    /** The note is free text and may name people: it stays out of logs. */
    @Override
    public String toString() {
        return "CompleteReferral[referralId=" + referralId + ", expectedVersion=" + expectedVersion + ", actor=" + actor
                + ", note withheld]";
    }
}
