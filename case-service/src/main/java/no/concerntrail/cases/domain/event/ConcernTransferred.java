package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.platform.police.PoliceDistrict;
import org.axonframework.serialization.Revision;

/**
 * The concern now belongs to another police district, whose officers see it from now on (need-to-know). {@code from}
 * is null for a concern received before districts were recorded.
 */
@Revision("1")
public record ConcernTransferred(
        @DataSubject UUID concernId,
        PoliceDistrict from,
        PoliceDistrict to,
        @PersonalData String reason,
        String actor,
        Instant at) implements ConcernEvent {
}
