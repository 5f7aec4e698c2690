package no.concerntrail.cases.domain.event;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.platform.personal.DataSubject;
import no.concerntrail.platform.personal.PersonalData;
import no.concerntrail.cases.domain.ConcernLevel;
import org.axonframework.serialization.Revision;

/** The concern was lowered from one level to another, for a reason or as the outcome of a conversation (or both). */
@Revision("1")
public record ConcernLowered(
        @DataSubject UUID concernId,
        ConcernLevel from,
        ConcernLevel to,
        @PersonalData String reason,
        UUID causeConversationId,
        String actor,
        Instant at) implements ConcernEvent {
}
