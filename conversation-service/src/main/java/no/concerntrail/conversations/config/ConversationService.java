package no.concerntrail.conversations.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import no.concerntrail.conversations.domain.Conversation;
import no.concerntrail.conversations.messaging.ConversationEventsContract;
import no.concerntrail.conversations.projection.ConversationProjection;
import no.concerntrail.platform.service.ServiceDefinition;

/** conversation-service as the platform runs it (see {@link ServiceDefinition}). */
public class ConversationService {

    @Produces
    @Singleton
    ServiceDefinition definition(ConversationProjection readModel) {
        return new ServiceDefinition("conversation-service", Conversation.class, "conversation-views", readModel,
                "concerntrail.conversation.events", ConversationEventsContract.V1, ConcernOrder.POLICY, List.of());
    }
}
