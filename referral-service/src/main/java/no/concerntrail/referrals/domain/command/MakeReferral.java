package no.concerntrail.referrals.domain.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import no.concerntrail.referrals.domain.AgencyTerms;
import no.concerntrail.referrals.domain.ConcernAsKnown;
import no.concerntrail.referrals.domain.HelpNeed;
import no.concerntrail.referrals.domain.LegalBasis;
import no.concerntrail.referrals.domain.PoliceContact;
import no.concerntrail.referrals.domain.SubjectDetails;

/**
 * Refers the subject of a concern to a partner agency, on a legal basis: exactly what the officer sees here is what
 * the partner may be given.
 *
 * @param concern        what referral-service knows of the concern; null when it has never heard of it
 * @param terms          the agency's configured terms; null when the agency is not configured
 * @param helpNeeds      what help is asked for; empty when only the identity may go
 * @param conversationId the conversation that mapped the help needs, or null
 * @param message        the short message for the partner, or null
 */
public record MakeReferral(
        UUID referralId,
        UUID concernId,
        ConcernAsKnown concern,
        String agency,
        AgencyTerms terms,
        LegalBasis basis,
        List<HelpNeed> helpNeeds,
        UUID conversationId,
        String message,
        SubjectDetails subject,
        PoliceContact policeContact,
        String actor) {

    /** Keeps a missing entry (a null in the list) so the rules can name it instead of failing here. */
    public MakeReferral {
        helpNeeds = helpNeeds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(helpNeeds));
    }

    /** The subject, the message and the basis's record stay out of logs. */
    @Override
    public String toString() {
        return "MakeReferral[referralId=" + referralId + ", concernId=" + concernId + ", agency=" + agency
                + ", personal data]";
    }
}
