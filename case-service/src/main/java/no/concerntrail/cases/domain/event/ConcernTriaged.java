package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.cases.domain.TriageOutcome;
import org.axonframework.serialization.Revision;

/**
 * A received concern was assessed. ADOPTED opens it as a case; any other outcome closes it, with the
 * reason kept here (no separate ConcernClosed follows). {@code signpostedTo} is set only for SIGNPOSTED.
 */
@Revision("1")
public record ConcernTriaged(
        @DataSubject UUID concernId,
        TriageOutcome outcome,
        @PersonalData String reason,
        String signpostedTo,
        String actor,
        Instant at) implements ConcernEvent {
}
