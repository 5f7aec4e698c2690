package no.concerntrail.cases.domain.command;

import java.util.UUID;
import no.concerntrail.cases.domain.TriageOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The first assessment of a received concern: adopt it as a case, or close it with a reason. */
public record TriageConcern(
        @TargetAggregateIdentifier UUID concernId,
        TriageOutcome outcome,
        String reason,
        String signpostedTo,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
