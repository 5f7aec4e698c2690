package no.concerntrail.cases.domain.command;

import java.util.UUID;
import no.concerntrail.cases.domain.ErasureGround;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Erases the personal data of the concern: its subject, reporter, summary and reasons, in every replay, and what other
 * services hold about it. {@code reference} files the request or decision (a journal number), never a person's name.
 * {@code expectedVersion} is null when a person is erased with all their concerns at once.
 */
public record EraseConcern(
        @TargetAggregateIdentifier UUID concernId,
        ErasureGround ground,
        String reference,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
