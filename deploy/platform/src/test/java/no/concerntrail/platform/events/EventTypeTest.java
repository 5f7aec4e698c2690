package no.concerntrail.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void theTypeSchemeIsSpelledOneWay() {
        assertThat(EventType.v1("case", "ConcernReceived").ceType()).isEqualTo("no.concerntrail.case.ConcernReceived.v1");
        assertThat(PublishedEvent.v1("conversation", "c-1", new ConversationHeld()).type())
                .isEqualTo("no.concerntrail.conversation.ConversationHeld.v1");
    }

    @Test
    void aTypeIsReadBackIntoItsParts() {
        assertThat(EventType.parse("no.concerntrail.referral.ReferralMade.v2"))
                .contains(new EventType("referral", "ReferralMade", 2));
        assertThat(EventType.parse("no.concerntrail.case.ConcernReceived")).isEmpty();
        assertThat(EventType.parse("com.example.case.ConcernReceived.v1")).isEmpty();
        assertThat(EventType.parse(null)).isEmpty();
    }

    record ConversationHeld() {
    }
}
