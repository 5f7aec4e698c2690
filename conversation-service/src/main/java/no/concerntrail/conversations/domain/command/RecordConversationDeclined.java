package no.concerntrail.conversations.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The invited person said no; only a voluntary conversation can be declined. */
public record RecordConversationDeclined(
        @TargetAggregateIdentifier UUID conversationId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
