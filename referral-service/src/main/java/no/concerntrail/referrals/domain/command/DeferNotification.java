package no.concerntrail.referrals.domain.command;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Puts off telling the subject, because telling now would harm the prevention work: why, and until which day.
 */
public record DeferNotification(
        @TargetAggregateIdentifier UUID referralId,
        String reason,
        LocalDate until,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {

    /** The reason may be intelligence (what telling would harm): it stays out of logs. */
    @Override
    public String toString() {
        return "DeferNotification[referralId=" + referralId + ", until=" + until + ", expectedVersion="
                + expectedVersion + ", actor=" + actor + ", reason withheld]";
    }
}
