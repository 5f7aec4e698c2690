package no.concerntrail.conversations.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.conversations.domain.event.ConversationCancelled;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class ConcernOrderTest {

    @Test
    void twoConversationsAboutOneConcernArePublishedInOneSequence() {
        UUID concern = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(ConcernOrder.POLICY.getSequenceIdentifierFor(event(first, concern)))
                .isEqualTo(ConcernOrder.POLICY.getSequenceIdentifierFor(event(second, concern)))
                .isEqualTo(concern);
        assertThat(ConcernOrder.POLICY.getSequenceIdentifierFor(event(first, UUID.randomUUID()))).isNotEqualTo(concern);
    }

    private static GenericDomainEventMessage<ConversationCancelled> event(UUID conversation, UUID concern) {
        return new GenericDomainEventMessage<>("Conversation", conversation.toString(), 1,
                new ConversationCancelled(conversation, concern, "r", "officer", Instant.now()));
    }
}
