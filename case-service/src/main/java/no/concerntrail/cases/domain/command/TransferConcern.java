package no.concerntrail.cases.domain.command;

import java.util.UUID;
import no.concerntrail.platform.police.PoliceDistrict;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands the concern to another police district (the person moved, or another unit takes it over). */
public record TransferConcern(
        @TargetAggregateIdentifier UUID concernId,
        PoliceDistrict district,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String actor) {
}
