package no.concerntrail.referrals.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.PublishedEvent;
import no.concerntrail.referrals.domain.Consent;
import no.concerntrail.referrals.domain.ConsentForm;
import no.concerntrail.referrals.domain.ConsentGiver;
import no.concerntrail.referrals.domain.ContactDetails;
import no.concerntrail.referrals.domain.GuardianContact;
import no.concerntrail.referrals.domain.HelpNeed;
import no.concerntrail.referrals.domain.LegalBasis;
import no.concerntrail.referrals.domain.PoliceContact;
import no.concerntrail.referrals.domain.SubjectDetails;
import no.concerntrail.referrals.domain.event.ReferralMade;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * Identity in as few places as possible: case-service holds the person already, so a referral reaches the internal
 * topic without the subject's name, birth date, contact or guardians, the consenting guardians' names or the message.
 */
class ReferralEventsContractTest {

    private static final UUID REFERRAL = UUID.fromString("5b2e9c1a-7d3f-4a8e-b6c0-1f2e3d4c5b6a");
    private static final UUID CONCERN = UUID.fromString("3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c90");
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    // a value in each protected field that nothing else in the event could contain
    private static final String NAME = "planted-subject-name";
    private static final LocalDate BIRTH_DATE = LocalDate.of(2011, 4, 17);
    private static final ContactDetails CONTACT = new ContactDetails("planted-subject-phone",
            "planted-subject-email", "planted-subject-address");
    private static final GuardianContact GUARDIAN = new GuardianContact("planted-guardian-name",
            "planted-guardian-relation", new ContactDetails("planted-guardian-phone", "planted-guardian-email",
            "planted-guardian-address"));
    private static final String CONSENTING_GUARDIAN = "planted-consenting-guardian";
    private static final String MESSAGE = "planted-message";

    @Test
    void aReferralIsPublishedWithoutWhoThePersonIsOrTheMessage() throws JsonProcessingException {
        Consent consent = new Consent(ConsentGiver.GUARDIANS, List.of(CONSENTING_GUARDIAN), AT.minusSeconds(86_400),
                ConsentForm.WRITTEN);
        ReferralMade made = new ReferralMade(REFERRAL, CONCERN, "child-welfare", LegalBasis.consent(consent), null,
                List.of(HelpNeed.EDUCATION), null, MESSAGE,
                new SubjectDetails(NAME, BIRTH_DATE, CONTACT, List.of(GUARDIAN)),
                new PoliceContact("Politibetjent Hansen", "+47 02800", "hansen@politiet.no"), "officer-kari", AT);

        PublishedEvent event = ReferralEventsContract.V1.publish(
                new GenericDomainEventMessage<>("Referral", REFERRAL.toString(), 0, made)).orElseThrow();
        String json = ContractJson.mapper().writeValueAsString(event.data());

        assertThat(json).as("the published ReferralMade").contains(REFERRAL.toString(), "CONSENT", "EDUCATION")
                .doesNotContain(NAME, BIRTH_DATE.toString(), CONTACT.phone(), CONTACT.email(), CONTACT.address(),
                        GUARDIAN.name(), GUARDIAN.relation(), GUARDIAN.contact().phone(), GUARDIAN.contact().email(),
                        GUARDIAN.contact().address(), CONSENTING_GUARDIAN, MESSAGE);
    }
}
