package no.concerntrail.cases.domain.command;

import java.util.UUID;
import no.concerntrail.cases.domain.ConcernLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Lowers the concern to the given level. With a {@code causeConversationId} the change is the outcome of
 * that conversation: it then needs no reason of its own, and a repeated delivery of it changes nothing.
 */
public record LowerConcern(
        @TargetAggregateIdentifier UUID concernId,
        ConcernLevel level,
        String reason,
        UUID causeConversationId,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
