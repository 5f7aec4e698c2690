package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;

/** Every stored event of a concern: which concern, who did it, and when. */
public sealed interface ConcernEvent
        permits ConcernReceived, ConcernTriaged, ConcernAssigned, ConcernRaised, ConcernLowered,
                ConcernClosed, ConcernReopened, ConcernTransferred, ConcernErased {

    UUID concernId();

    String actor();

    Instant at();
}
