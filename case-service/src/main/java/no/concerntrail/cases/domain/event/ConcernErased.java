package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.cases.domain.ErasureGround;
import org.axonframework.serialization.Revision;

/**
 * The concern's personal data was erased: its key went in the same transaction, so every earlier event of it reads
 * with its personal fields null from now on. That a concern existed, its decisions and their dates remain. Not
 * personal itself: the ground, the reference the request is filed under, who and when.
 */
@Revision("1")
public record ConcernErased(
        UUID concernId,
        ErasureGround ground,
        String reference,
        String actor,
        Instant at) implements ConcernEvent {
}
