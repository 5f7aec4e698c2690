package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** Telling the subject is put off, because telling now would harm the prevention work: why, and until when. */
@Revision("1")
public record NotificationDeferred(
        UUID referralId,
        @DataSubject UUID concernId,
        String agency,
        @PersonalData String reason,
        LocalDate until,
        String actor,
        Instant at)
        implements ReferralEvent {

    /** The reason may be intelligence (what telling would harm): it stays out of logs. */
    @Override
    public String toString() {
        return "NotificationDeferred[referralId=" + referralId + ", concernId=" + concernId + ", agency=" + agency
                + ", until=" + until + ", actor=" + actor + ", at=" + at + ", reason withheld]";
    }
}
