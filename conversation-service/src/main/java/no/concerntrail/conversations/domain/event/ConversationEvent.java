package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;

/** Every stored conversation event names its conversation and concern, who caused it and when. */
public sealed interface ConversationEvent
        permits ConversationPlanned, ConversationRescheduled, ConversationHeld, ConversationDeclined, ConversationCancelled, ConversationNoShow {

    UUID conversationId();

    UUID concernId();

    String actor();

    Instant at();
}
