package no.concerntrail.referrals.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.PublishedEvent;
import no.concerntrail.referrals.domain.ContactDetails;
import no.concerntrail.referrals.domain.GuardianContact;
import no.concerntrail.referrals.domain.HelpNeed;
import no.concerntrail.referrals.domain.LegalBasis;
import no.concerntrail.referrals.domain.NotificationMethod;
import no.concerntrail.referrals.domain.PoliceContact;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.SubjectDetails;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralErased;
import no.concerntrail.referrals.domain.event.ReferralEvent;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.domain.event.SubjectNotified;
import no.concerntrail.testing.ContractExamples;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * The examples of what referral-service publishes on its internal topic (META-INF/contract/examples.json, which
 * consumers' tests read) have exactly the shape the contract gives every stored event type: change one and this fails
 * until the other follows.
 */
class PublishedExamplesTest {

    private static final UUID REFERRAL = UUID.fromString("5b2e9c1a-7d3f-4a8e-b6c0-1f2e3d4c5b6a");
    private static final UUID CONCERN = UUID.fromString("3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c90");
    private static final UUID CONVERSATION = UUID.fromString("a7e1d2c3-4b5a-4f6e-8d9c-0b1a2c3d4e5f");
    private static final String AGENCY = "child-welfare";
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    /** One of every stored event type, with every field set (a duty, so the provision is too). */
    private static final List<ReferralEvent> STORED = List.of(
            new ReferralMade(REFERRAL, CONCERN, AGENCY, LegalBasis.duty("child-welfare-act-13-2"),
                    new Provision("child-welfare-act-13-2", "barnevernsloven § 13-2", 0, 17, true),
                    List.of(HelpNeed.FAMILY, HelpNeed.EDUCATION), CONVERSATION, "Trenger hjelp med skolen",
                    new SubjectDetails("Ola Nordmann", LocalDate.of(2011, 4, 17),
                            new ContactDetails("+47 400 00 001", "ola@example.no", "Storgata 1, 0155 Oslo"),
                            List.of(new GuardianContact("Kari Nordmann", "mother",
                                    new ContactDetails("+47 400 00 002", "kari@example.no", "Storgata 1")))),
                    new PoliceContact("Politibetjent Hansen", "+47 02800", "hansen@politiet.no"), "officer-kari", AT),
            new ReferralAcknowledged(REFERRAL, CONCERN, AGENCY, "cw-per", AT),
            new ReferralAccepted(REFERRAL, CONCERN, AGENCY, "cw-per", AT),
            new ReferralDeclined(REFERRAL, CONCERN, AGENCY, "reason", "cw-per", AT),
            new ReferralCompleted(REFERRAL, CONCERN, AGENCY, "note", "cw-per", AT),
            new ReferralWithdrawn(REFERRAL, CONCERN, AGENCY, "reason", "officer-kari", AT),
            new SubjectNotified(REFERRAL, CONCERN, AGENCY, AT.minusSeconds(3600), NotificationMethod.IN_PERSON,
                    "officer-kari", AT),
            new NotificationDeferred(REFERRAL, CONCERN, AGENCY, "reason", LocalDate.of(2026, 4, 1), "officer-kari",
                    AT),
            new ReferralErased(REFERRAL, CONCERN, AGENCY, "case-service:6a1f0c2e-9b8d-4e7f-a1b2-c3d4e5f60718", AT));

    @Test
    void everyStoredTypeIsAmongThem() {
        List<Class<?>> types = STORED.stream().<Class<?>>map(Object::getClass).toList();
        assertThat(types).as("a stored event type added is published, so needs an example")
                .containsExactlyInAnyOrder(ReferralEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyPublishedTypeHasAnExampleOfItsShape() {
        Map<String, JsonNode> published = new LinkedHashMap<>();
        for (ReferralEvent stored : STORED) {
            PublishedEvent event = ReferralEventsContract.V1.publish(
                    new GenericDomainEventMessage<>("Referral", REFERRAL.toString(), 0, stored)).orElseThrow();
            assertThat(event.subject()).as("the key of %s", event.type()).isEqualTo(CONCERN.toString());
            published.put(event.type(), ContractJson.mapper().valueToTree(event.data()));
        }
        Map<String, JsonNode> examples = ContractExamples.of("referral-service");
        assertThat(examples.keySet()).as("the examples' types; the contract publishes %s", published)
                .containsExactlyInAnyOrderElementsOf(published.keySet());
        published.forEach((type, body) -> assertThat(ContractExamples.shape(examples.get(type)))
                .as("the example of %s; the contract publishes %s", type, body)
                .containsExactlyElementsOf(ContractExamples.shape(body)));
    }
}
