package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** The police withdrew the referral, saying why (the reason stays with the police). */
@Revision("1")
public record ReferralWithdrawn(
        UUID referralId,
        @DataSubject UUID concernId,
        String agency,
        @PersonalData String reason,
        String actor,
        Instant at)
        implements ReferralEvent {

    /** The reason is free text and may name people: it stays out of logs. */
    @Override
    public String toString() {
        return "ReferralWithdrawn[referralId=" + referralId + ", concernId=" + concernId + ", agency=" + agency
                + ", actor=" + actor + ", at=" + at + ", reason withheld]";
    }
}
