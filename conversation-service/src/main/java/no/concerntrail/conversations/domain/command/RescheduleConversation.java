package no.concerntrail.conversations.domain.command;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Moves a planned conversation to another time and place; the rules on who may be summoned apply at the new time.
 *
 * @param concernStatus the concern's status as conversation-service knows it now
 */
public record RescheduleConversation(
        @TargetAggregateIdentifier UUID conversationId,
        KnownConcernStatus concernStatus,
        Instant plannedStart,
        String place,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
