package no.concerntrail.conversations.config;

import no.concerntrail.conversations.domain.event.ConversationEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Conversations are published in order per concern, not per conversation: two conversations about one concern
 * may change its level one after the other, and case-service must see them in that order (the Kafka key, the
 * concern id, keeps them in order on the topic; this keeps them in order on the way there).
 */
final class ConcernOrder {

    static final SequencingPolicy<EventMessage<?>> POLICY = event ->
            event.getPayload() instanceof ConversationEvent conversation ? conversation.concernId() : null;

    private ConcernOrder() {
    }
}
