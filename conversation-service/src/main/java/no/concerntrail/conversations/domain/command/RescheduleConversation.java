package no.concerntrail.conversations.domain.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves a planned conversation to another time and place; the rules on who may be summoned apply at the new time. */
public record RescheduleConversation(
        @TargetAggregateIdentifier UUID conversationId,
        Instant plannedStart,
        String place,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
