package no.concerntrail.cases.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AssignConcern(
        @TargetAggregateIdentifier UUID concernId,
        String assignee,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
