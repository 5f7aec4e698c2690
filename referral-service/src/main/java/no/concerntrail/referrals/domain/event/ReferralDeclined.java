package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** The partner agency declined the referral, saying why. */
@Revision("1")
public record ReferralDeclined(
        UUID referralId,
        @DataSubject UUID concernId,
        String agency,
        @PersonalData String reason,
        String actor,
        Instant at)
        implements ReferralEvent {

    /** The partner's reason is free text and may name people: it stays out of logs. */
    @Override
    public String toString() {
        return "ReferralDeclined[referralId=" + referralId + ", concernId=" + concernId + ", agency=" + agency
                + ", actor=" + actor + ", at=" + at + ", reason withheld]";
    }
}
