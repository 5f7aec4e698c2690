package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A closed concern was reopened. It becomes OPEN again (assignee and level kept) if it was ever adopted,
 * and RECEIVED (to be triaged again) if it was closed at triage without ever being adopted; a reader
 * tells the two apart from the concern's earlier ConcernTriaged events.
 */
@Revision("1")
public record ConcernReopened(
        UUID concernId,
        String reason,
        String actor,
        Instant at) implements ConcernEvent {
}
