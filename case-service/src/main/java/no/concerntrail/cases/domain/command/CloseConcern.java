package no.concerntrail.cases.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Closes an adopted concern. A concern still awaiting triage is closed by triage instead. */
public record CloseConcern(
        @TargetAggregateIdentifier UUID concernId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
