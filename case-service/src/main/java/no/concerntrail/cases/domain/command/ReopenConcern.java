package no.concerntrail.cases.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopens a closed concern when new information arrives. */
public record ReopenConcern(
        @TargetAggregateIdentifier UUID concernId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
