package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import org.axonframework.serialization.Revision;

/** An adopted concern was closed: nothing more to worry about for now. */
@Revision("1")
public record ConcernClosed(
        @DataSubject UUID concernId,
        @PersonalData String reason,
        String actor,
        Instant at) implements ConcernEvent {
}
