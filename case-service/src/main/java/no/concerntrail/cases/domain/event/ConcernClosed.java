package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An adopted concern was closed: nothing more to worry about for now. */
@Revision("1")
public record ConcernClosed(
        UUID concernId,
        String reason,
        String actor,
        Instant at) implements ConcernEvent {
}
