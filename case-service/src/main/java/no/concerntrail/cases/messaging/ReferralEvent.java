package no.concerntrail.cases.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * referral-service's police-internal events (contract v1 on concerntrail.referral.events) as case-service reads them
 * for the concern's timeline: its own records, never the producer's classes, with every field that contract publishes
 * and nothing else (it carries no identity and no message to the partner). Unknown fields are ignored (the producer
 * only ever adds), and values such as basis or method stay text, so a value added later is shown rather than refused.
 * None of them changes the concern: a referral is the partner's work, not a judgement of the concern.
 */
public sealed interface ReferralEvent extends ReportedEvent {

    UUID referralId();

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferralMade(UUID referralId, UUID concernId, String agency, String basis, String provision,
                        String citation, List<String> helpNeeds, UUID conversationId, String actor, Instant at)
            implements ReferralEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferralAcknowledged(UUID referralId, UUID concernId, String agency, String actor, Instant at)
            implements ReferralEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferralAccepted(UUID referralId, UUID concernId, String agency, String actor, Instant at)
            implements ReferralEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferralDeclined(UUID referralId, UUID concernId, String agency, String reason, String actor, Instant at)
            implements ReferralEvent {

        @Override
        public ReferralDeclined stored() {
            return new ReferralDeclined(referralId, concernId, agency, null, actor, at);
        }
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferralCompleted(UUID referralId, UUID concernId, String agency, String note, String actor, Instant at)
            implements ReferralEvent {

        @Override
        public ReferralCompleted stored() {
            return new ReferralCompleted(referralId, concernId, agency, null, actor, at);
        }
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferralWithdrawn(UUID referralId, UUID concernId, String agency, String reason, String actor, Instant at)
            implements ReferralEvent {

        @Override
        public ReferralWithdrawn stored() {
            return new ReferralWithdrawn(referralId, concernId, agency, null, actor, at);
        }
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubjectNotified(UUID referralId, UUID concernId, String agency, Instant notifiedAt, String method,
                           String actor, Instant at) implements ReferralEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NotificationDeferred(UUID referralId, UUID concernId, String agency, String reason, LocalDate until,
                                String actor, Instant at) implements ReferralEvent {

        @Override
        public NotificationDeferred stored() {
            return new NotificationDeferred(referralId, concernId, agency, null, until, actor, at);
        }
    }

    /**
     * A referral event whose body breaks the contract (not JSON, a field of the wrong form, an id or the time
     * missing): the case worker must not miss that the person's data went to, or came back from, a partner.
     *
     * @param concernId from ce_subject; null when that is no concern id
     * @param at        when it was published (the Kafka record's time), the body's own time being unreadable
     */
    record Unreadable(String name, UUID concernId, Instant at, String problem)
            implements ReferralEvent, ReportedEvent.Unreadable {

        @Override
        public UUID referralId() {
            return null;
        }
    }
}
