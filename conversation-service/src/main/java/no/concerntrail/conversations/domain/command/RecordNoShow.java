package no.concerntrail.conversations.domain.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that nobody came; the note says what was tried. */
public record RecordNoShow(
        @TargetAggregateIdentifier UUID conversationId,
        String note,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
