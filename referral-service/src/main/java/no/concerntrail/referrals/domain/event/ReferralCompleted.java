package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The partner agency completed the help it took on.
 *
 * @param note what the partner wants the police to know at the end, or null
 */
@Revision("1")
public record ReferralCompleted(
        UUID referralId,
        @DataSubject UUID concernId,
        String agency,
        @PersonalData String note,
        String actor,
        Instant at)
        implements ReferralEvent {

    /** The partner's note is free text and may name people: it stays out of logs. */
    @Override
    public String toString() {
        return "ReferralCompleted[referralId=" + referralId + ", concernId=" + concernId + ", agency=" + agency
                + ", actor=" + actor + ", at=" + at + ", note withheld]";
    }
}
