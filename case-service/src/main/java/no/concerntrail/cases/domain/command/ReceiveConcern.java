package no.concerntrail.cases.domain.command;

import no.concerntrail.platform.police.PoliceDistrict;
import java.util.UUID;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.Reporter;
import no.concerntrail.cases.domain.Subject;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new concern report. The caller chooses the id, so a retried request creates no second concern; the
 * district is the receiving unit's, to which the concern then belongs (need-to-know).
 */
public record ReceiveConcern(
        @TargetAggregateIdentifier UUID concernId,
        PoliceDistrict district,
        ConcernSource source,
        Reporter reporter,
        Subject subject,
        ConcernCategory category,
        String summary,
        ConcernLevel level,
        String actor) {
}
