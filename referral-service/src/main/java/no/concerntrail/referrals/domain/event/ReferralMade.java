package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.referrals.domain.HelpNeed;
import no.concerntrail.referrals.domain.LegalBasis;
import no.concerntrail.referrals.domain.PoliceContact;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.SubjectDetails;
import org.axonframework.serialization.Revision;

/**
 * A referral was made to a partner agency, on a legal basis. The provision a duty or exception named is stored as
 * it was configured then (its citation and reach), so what the partner was told can be shown as it was.
 *
 * @param provision      the configured provision of a duty or exception basis, null for consent
 * @param conversationId the conversation that mapped the help needs, or null
 * @param message        the short message for the partner, or null
 */
@Revision("1")
public record ReferralMade(
        UUID referralId,
        @DataSubject UUID concernId,
        String agency,
        LegalBasis basis,
        Provision provision,
        List<HelpNeed> helpNeeds,
        UUID conversationId,
        @PersonalData String message,
        @PersonalData SubjectDetails subject,
        PoliceContact policeContact,
        String actor,
        Instant at) implements ReferralEvent {

    /** The subject, the message and the contact stay out of logs. */
    @Override
    public String toString() {
        return "ReferralMade[referralId=" + referralId + ", concernId=" + concernId + ", agency=" + agency
                + ", basis=" + basis.kind() + ", personal data]";
    }
}
