package no.concerntrail.conversations.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.ConcernOutcome;
import no.concerntrail.conversations.domain.ConversationKind;
import no.concerntrail.conversations.domain.Credibility;
import no.concerntrail.conversations.domain.Factor;
import no.concerntrail.conversations.domain.FactorGroup;
import no.concerntrail.conversations.domain.FactorType;
import no.concerntrail.conversations.domain.Guardian;
import no.concerntrail.conversations.domain.HeldBy;
import no.concerntrail.conversations.domain.HelpNeed;
import no.concerntrail.conversations.domain.HostRole;
import no.concerntrail.conversations.domain.Measure;
import no.concerntrail.conversations.domain.NoticeRecipient;
import no.concerntrail.conversations.domain.Purpose;
import no.concerntrail.conversations.domain.RightsNotice;
import no.concerntrail.conversations.domain.SummonsGround;
import no.concerntrail.conversations.domain.TrustedPersonRole;
import no.concerntrail.conversations.domain.WayForward;
import no.concerntrail.conversations.domain.event.ConversationCancelled;
import no.concerntrail.conversations.domain.event.ConversationDeclined;
import no.concerntrail.conversations.domain.event.ConversationHeld;
import no.concerntrail.conversations.domain.event.ConversationNoShow;
import no.concerntrail.conversations.domain.event.ConversationPlanned;
import no.concerntrail.conversations.domain.event.ConversationRescheduled;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.PublishedEvent;
import no.concerntrail.testing.ContractExamples;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * The examples of what conversation-service publishes (META-INF/contract/examples.json, which consumers' tests read)
 * have exactly the shape the contract gives every stored event type: change one and this fails until the other follows.
 */
class PublishedExamplesTest {

    private static final UUID CONVERSATION = UUID.fromString("a7e1d2c3-4b5a-4f6e-8d9c-0b1a2c3d4e5f");
    private static final UUID CONCERN = UUID.fromString("3f0c8a4e-2b1d-4c6e-9a57-0d2f4e8b1c90");
    private static final Instant START = Instant.parse("2026-03-02T13:00:00Z");
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    /** One of every stored event type, with every field set. */
    private static final List<Object> STORED = List.of(
            new ConversationPlanned(CONVERSATION, CONCERN, ConversationKind.CONCERN, LocalDate.of(2010, 5, 17), START,
                    "Drammen police station", List.of(new Guardian("Kari Nordmann", "mother")), null, true,
                    SummonsGround.UNDER_18_PUNISHABLE_ACT, "officer-kari", AT),
            new ConversationRescheduled(CONVERSATION, CONCERN, START, "Youth club", "officer-kari", AT),
            new ConversationHeld(CONVERSATION, CONCERN, "concern", START, START.plusSeconds(5400),
                    new HeldBy(HostRole.TRUSTED_PERSON, "Per Hansen", TrustedPersonRole.TEACHER), "officer-kari",
                    List.of("Kari Nordmann"), new RightsNotice(START, Set.of(NoticeRecipient.SUBJECT)),
                    Set.of(Purpose.CLARIFY, Purpose.MAP_HELP_NEEDS), ConcernOutcome.LOWERED, ConcernLevel.LOW,
                    Credibility.PARTLY_CREDIBLE, Set.of(HelpNeed.EDUCATION),
                    List.of(new Factor("school-problems", FactorGroup.PERSONAL, FactorType.RISK)),
                    new WayForward(List.of(new Measure("Meeting with the school nurse", "school")),
                            LocalDate.of(2026, 4, 1)), "protected note", "officer-kari", AT),
            new ConversationDeclined(CONVERSATION, CONCERN, "reason", "officer-kari", AT),
            new ConversationCancelled(CONVERSATION, CONCERN, "reason", "officer-kari", AT),
            new ConversationNoShow(CONVERSATION, CONCERN, true, "note", "officer-kari", AT));

    @Test
    void everyPublishedTypeHasAnExampleOfItsShape() {
        Map<String, JsonNode> published = new LinkedHashMap<>();
        for (Object stored : STORED) {
            PublishedEvent event = ConversationEventsContract.V1.publish(
                    new GenericDomainEventMessage<>("Conversation", CONVERSATION.toString(), 0, stored)).orElseThrow();
            published.put(event.type(), ContractJson.mapper().valueToTree(event.data()));
        }
        Map<String, JsonNode> examples = ContractExamples.of("conversation-service");
        assertThat(examples.keySet()).as("the examples' types; the contract publishes %s", published)
                .containsExactlyInAnyOrderElementsOf(published.keySet());
        published.forEach((type, body) -> assertThat(ContractExamples.shape(examples.get(type)))
                .as("the example of %s; the contract publishes %s", type, body)
                .containsExactlyElementsOf(ContractExamples.shape(body)));
    }
}
