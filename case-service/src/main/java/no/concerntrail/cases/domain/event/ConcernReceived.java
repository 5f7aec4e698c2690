package no.concerntrail.cases.domain.event;

import no.concerntrail.platform.police.PoliceDistrict;
import java.time.Instant;
import java.util.UUID;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.Reporter;
import no.concerntrail.cases.domain.Subject;
import org.axonframework.serialization.Revision;

/**
 * A concern report was registered; the concern awaits triage. The reporter is null when none was named. Revision 2
 * added the district the concern belongs to, which is null in revision 1: such a concern belongs to no district.
 */
@Revision("2")
public record ConcernReceived(
        UUID concernId,
        PoliceDistrict district,
        ConcernSource source,
        Reporter reporter,
        Subject subject,
        ConcernCategory category,
        String summary,
        ConcernLevel level,
        String actor,
        Instant at) implements ConcernEvent {
}
