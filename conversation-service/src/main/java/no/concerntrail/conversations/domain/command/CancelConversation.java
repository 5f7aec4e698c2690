package no.concerntrail.conversations.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Calls the conversation off, with a reason. */
public record CancelConversation(
        @TargetAggregateIdentifier UUID conversationId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
