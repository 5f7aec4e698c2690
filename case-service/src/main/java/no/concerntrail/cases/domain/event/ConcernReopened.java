package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.cases.domain.ConcernStatus;
import org.axonframework.serialization.Revision;

/**
 * A closed concern was reopened. {@code status} is where it now stands: OPEN again (assignee and level
 * kept) if it was ever adopted, RECEIVED (to be triaged again) if it was closed at triage without ever
 * being adopted. Recorded, so no reader has to work it out from earlier events.
 */
@Revision("1")
public record ConcernReopened(
        @DataSubject UUID concernId,
        @PersonalData String reason,
        ConcernStatus status,
        String actor,
        Instant at) implements ConcernEvent {
}
