package no.concerntrail.conversations.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** case-service erased the conversation's concern: the conversation takes no command any more. */
public record EraseConversation(@TargetAggregateIdentifier UUID conversationId, String actor) {
}
