package no.concerntrail.referrals.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class ConcernOrderTest {

    @Test
    void twoReferralsOfOneConcernArePublishedInOneSequence() {
        UUID concern = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(ConcernOrder.POLICY.getSequenceIdentifierFor(event(first, concern)))
                .isEqualTo(ConcernOrder.POLICY.getSequenceIdentifierFor(event(second, concern)))
                .isEqualTo(concern);
        assertThat(ConcernOrder.POLICY.getSequenceIdentifierFor(event(first, UUID.randomUUID()))).isNotEqualTo(concern);
    }

    private static GenericDomainEventMessage<ReferralAccepted> event(UUID referral, UUID concern) {
        return new GenericDomainEventMessage<>("Referral", referral.toString(), 1,
                new ReferralAccepted(referral, concern, "child-welfare", "cw-per", Instant.now()));
    }
}
