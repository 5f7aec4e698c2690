package no.concerntrail.cases.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * conversation-service's published events (contract v1 on concerntrail.conversation.events) as case-service
 * reads them: its own records with just the fields the concern's timeline and the choreography use, never the
 * producer's classes. Unknown fields are ignored (the producer only ever adds), and values such as outcome or
 * kind stay text, so a value added later is shown rather than refused.
 */
public sealed interface ConversationEvent extends ReportedEvent {

    UUID conversationId();

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConversationPlanned(UUID conversationId, UUID concernId, String kind, Instant plannedStart,
                               Boolean mandatory, String summonsGround, Boolean guardiansInvited, String actor,
                               Instant at) implements ConversationEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConversationRescheduled(UUID conversationId, UUID concernId, Instant plannedStart, String actor, Instant at)
            implements ConversationEvent {
    }

    /** outcome LOWERED or RAISED (with newLevel) changes the concern; see ConversationEventsHandler. */
    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConversationHeld(UUID conversationId, UUID concernId, String kind, Instant startedAt, Instant endedAt,
                            String heldBy, String trustedPersonRole, String guidingOfficer, Boolean guardiansPresent,
                            List<String> purposes, String outcome, String newLevel, List<String> helpNeeds,
                            Integer measures, LocalDate followUpDate, String actor, Instant at)
            implements ConversationEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConversationDeclined(UUID conversationId, UUID concernId, String actor, Instant at)
            implements ConversationEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConversationCancelled(UUID conversationId, UUID concernId, String actor, Instant at)
            implements ConversationEvent {
    }

    @Revision("1")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConversationNoShow(UUID conversationId, UUID concernId, Boolean mandatory, String actor, Instant at)
            implements ConversationEvent {
    }

    /**
     * A conversation event whose body breaks the contract (not JSON, a field of the wrong form, an id or the time
     * missing): the case worker must not miss that a conversation happened.
     *
     * @param concernId from ce_subject; null when that is no concern id
     * @param at        when it was published (the Kafka record's time), the body's own time being unreadable
     */
    record Unreadable(String name, UUID concernId, Instant at, String problem)
            implements ConversationEvent, ReportedEvent.Unreadable {

        @Override
        public UUID conversationId() {
            return null;
        }
    }
}
