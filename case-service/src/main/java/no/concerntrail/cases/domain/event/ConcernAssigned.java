package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The concern got a (new) case worker. {@code previousAssignee} is null on the first assignment. */
@Revision("1")
public record ConcernAssigned(
        UUID concernId,
        String assignee,
        String previousAssignee,
        String actor,
        Instant at) implements ConcernEvent {
}
