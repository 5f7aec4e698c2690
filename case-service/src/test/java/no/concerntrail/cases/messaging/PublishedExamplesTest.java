package no.concerntrail.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.ErasureGround;
import no.concerntrail.cases.domain.Reporter;
import no.concerntrail.cases.domain.Subject;
import no.concerntrail.cases.domain.TriageOutcome;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.PublishedEvent;
import no.concerntrail.platform.police.PoliceDistrict;
import no.concerntrail.testing.ContractExamples;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * The examples of what case-service publishes (META-INF/contract/examples.json, which consumers' tests read) have
 * exactly the shape the contract gives every stored event type: change one and this fails until the other follows.
 */
class PublishedExamplesTest {

    private static final UUID CONCERN = UUID.fromString("3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c90");
    private static final UUID CONVERSATION = UUID.fromString("a7e1d2c3-4b5a-4f6e-8d9c-0b1a2c3d4e5f");
    private static final Instant AT = Instant.parse("2026-03-14T09:30:00Z");

    /** One of every stored event type, with every field set. */
    private static final List<Object> STORED = List.of(
            new ConcernReceived(CONCERN, PoliceDistrict.SOR_OST, ConcernSource.SCHOOL, new Reporter("Kari Lærer", "kari@skole.example",
                    "teacher"), new Subject("Ola Nordmann", LocalDate.of(2010, 5, 17), "17051012345", "Drammen"),
                    "Drammen", ConcernCategory.VIOLENT_EXTREMISM, "Shared a video glorifying an attack", ConcernLevel.MODERATE,
                    "officer-kari", AT),
            new ConcernTriaged(CONCERN, TriageOutcome.ADOPTED, "reason", "signposted to", "lead-ola", AT),
            new ConcernAssigned(CONCERN, "officer-kari", "officer-per", "lead-ola", AT),
            new ConcernRaised(CONCERN, ConcernLevel.MODERATE, ConcernLevel.HIGH, "reason", CONVERSATION, "officer-kari", AT),
            new ConcernLowered(CONCERN, ConcernLevel.HIGH, ConcernLevel.LOW, "reason", CONVERSATION, "officer-kari", AT),
            new ConcernClosed(CONCERN, "reason", "officer-kari", AT),
            new ConcernReopened(CONCERN, "reason", ConcernStatus.OPEN, "officer-kari", AT),
            new ConcernTransferred(CONCERN, PoliceDistrict.SOR_OST, PoliceDistrict.OSLO, "moved", "lead-ola", AT),
            new ConcernErased(CONCERN, ErasureGround.SUBJECT_REQUEST, "2026/4711", "lead-ola", AT));

    @Test
    void everyPublishedTypeHasAnExampleOfItsShape() {
        Map<String, JsonNode> published = new LinkedHashMap<>();
        for (Object stored : STORED) {
            PublishedEvent event = CaseEventsContract.V1.publish(
                    new GenericDomainEventMessage<>("Concern", CONCERN.toString(), 0, stored)).orElseThrow();
            published.put(event.type(), ContractJson.mapper().valueToTree(event.data()));
        }
        Map<String, JsonNode> examples = ContractExamples.of("case-service");
        assertThat(examples.keySet()).as("the examples' types; the contract publishes %s", published)
                .containsExactlyInAnyOrderElementsOf(published.keySet());
        published.forEach((type, body) -> assertThat(ContractExamples.shape(examples.get(type)))
                .as("the example of %s; the contract publishes %s", type, body)
                .containsExactlyElementsOf(ContractExamples.shape(body)));
    }
}
