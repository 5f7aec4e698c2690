package no.concerntrail.cases.analytics;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.concerntrail.cases.domain.Subject;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import no.concerntrail.cases.messaging.ConversationEvent;
import no.concerntrail.cases.messaging.ReferralEvent;
import no.concerntrail.cases.messaging.ReportedEvent;
import no.concerntrail.cases.projection.ConcernViews;
import no.concerntrail.platform.events.Publication;
import no.concerntrail.platform.events.PublishedEvent;
import no.concerntrail.platform.events.Routes;
import no.concerntrail.platform.police.PoliceTime;
import org.axonframework.eventhandling.EventMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analysts' feed's routes: every stored event of a concern, its own and those the other services reported about it,
 * pseudonymised ({@link AnalyticsEvents}), to the analysts' topic, keyed by the concern's key so each concern's events
 * stay in order. The person's pseudonym goes with the concern's first event; the age at each event comes from the
 * birth date the concern was received with.
 */
@Singleton
public class AnalystsHistory implements Routes {

    static final String PRODUCER = "analytics";
    /** The CloudEvents source: case-service publishes the analysts' history. */
    static final String SOURCE = "/concerntrail/case-service";

    private final Pseudonyms pseudonyms;
    private final PersonSalts persons;
    private final ConcernViews concerns;
    private final String topic;

    @Inject
    public AnalystsHistory(Pseudonyms pseudonyms, PersonSalts persons, ConcernViews concerns,
                           @ConfigProperty(name = "concerntrail.analytics.topic") String topic) {
        this.pseudonyms = pseudonyms;
        this.persons = persons;
        this.concerns = concerns;
        this.topic = topic;
    }

    @Override
    public List<Publication> of(EventMessage<?> stored) {
        Object payload = stored.getPayload();
        UUID concernId = concernOf(payload);
        // an erasure is the police's own business: the analysts' figures go on counting the concern, with nobody behind
        if (concernId == null || payload instanceof ConcernErased) {
            return List.of();
        }
        String concern = pseudonyms.of(Pseudonyms.Kind.CONCERN, concernId);
        Object data = payload instanceof ConcernEvent event ? data(event, concern)
                : payload instanceof ConversationEvent event ? data(event, concern)
                : data((ReferralEvent) payload, concern);
        return List.of(new Publication(topic, PublishedEvent.v1(PRODUCER, concern, data)));
    }

    /**
     * The concern a stored event is about: a concern's own event, or one another service reported about it; null for
     * anything else.
     */
    private static UUID concernOf(Object payload) {
        if (payload instanceof ConcernEvent event) {
            return event.concernId();
        }
        return payload instanceof ConversationEvent || payload instanceof ReferralEvent
                ? ((ReportedEvent) payload).concernId() : null;
    }

    private Object data(ConcernEvent e, String concern) {
        String keys = pseudonyms.version();
        if (e instanceof ConcernReceived received) {
            Subject subject = received.subject();
            return new AnalyticsEvents.ConcernReceived(concern, keys, persons.pseudonymOf(e.concernId(), subject),
                    subject == null ? null : age(subject.birthDate(), e.at()),
                    received.district() == null ? null : received.district().name(),
                    received.municipality(),
                    received.source().name(), received.category().name(), received.level().name(), e.at());
        }
        Integer age = age(e.concernId(), e.at());
        if (e instanceof ConcernTriaged triaged) {
            return new AnalyticsEvents.ConcernTriaged(concern, keys, age, triaged.outcome().name(),
                    triaged.outcome().closesConcern() ? "CLOSED" : "OPEN", e.at());
        }
        if (e instanceof ConcernAssigned) {
            return new AnalyticsEvents.ConcernAssigned(concern, keys, age, e.at());
        }
        if (e instanceof ConcernRaised raised) {
            return new AnalyticsEvents.ConcernRaised(concern, keys, age, raised.from().name(), raised.to().name(),
                    conversation(raised.causeConversationId()), e.at());
        }
        if (e instanceof ConcernLowered lowered) {
            return new AnalyticsEvents.ConcernLowered(concern, keys, age, lowered.from().name(), lowered.to().name(),
                    conversation(lowered.causeConversationId()), e.at());
        }
        if (e instanceof ConcernClosed) {
            return new AnalyticsEvents.ConcernClosed(concern, keys, age, e.at());
        }
        if (e instanceof ConcernReopened reopened) {
            return new AnalyticsEvents.ConcernReopened(concern, keys, age, reopened.status().name(), e.at());
        }
        if (e instanceof ConcernTransferred transferred) {
            return new AnalyticsEvents.ConcernTransferred(concern, keys, age, transferred.from() == null ? null
                    : transferred.from().name(), transferred.to().name(), e.at());
        }
        throw new IllegalArgumentException("The analysts' history does not know " + e.getClass().getSimpleName());
    }

    private Object data(ConversationEvent e, String concern) {
        String keys = pseudonyms.version();
        Integer age = age(e.concernId(), e.at());
        String conversation = conversation(e.conversationId());
        if (e instanceof ConversationEvent.ConversationPlanned planned) {
            return new AnalyticsEvents.ConversationPlanned(concern, keys, age, conversation, planned.kind(),
                    planned.mandatory(), planned.summonsGround(), planned.guardiansInvited(), e.at());
        }
        if (e instanceof ConversationEvent.ConversationRescheduled) {
            return new AnalyticsEvents.ConversationRescheduled(concern, keys, age, conversation, e.at());
        }
        if (e instanceof ConversationEvent.ConversationHeld held) {
            Long minutes = held.startedAt() == null || held.endedAt() == null ? null
                    : Duration.between(held.startedAt(), held.endedAt()).toMinutes();
            return new AnalyticsEvents.ConversationHeld(concern, keys, age, conversation, held.kind(), held.heldBy(),
                    held.trustedPersonRole(), held.guardiansPresent(), held.purposes(), held.outcome(),
                    held.newLevel(), held.helpNeeds(), held.measures(), minutes, e.at());
        }
        if (e instanceof ConversationEvent.ConversationDeclined) {
            return new AnalyticsEvents.ConversationDeclined(concern, keys, age, conversation, e.at());
        }
        if (e instanceof ConversationEvent.ConversationCancelled) {
            return new AnalyticsEvents.ConversationCancelled(concern, keys, age, conversation, e.at());
        }
        if (e instanceof ConversationEvent.ConversationNoShow noShow) {
            return new AnalyticsEvents.ConversationNoShow(concern, keys, age, conversation, noShow.mandatory(), e.at());
        }
        throw new IllegalArgumentException("The analysts' history does not know " + e.getClass().getSimpleName());
    }

    private Object data(ReferralEvent e, String concern) {
        String keys = pseudonyms.version();
        Integer age = age(e.concernId(), e.at());
        String referral = pseudonyms.of(Pseudonyms.Kind.REFERRAL, e.referralId());
        if (e instanceof ReferralEvent.ReferralMade made) {
            return new AnalyticsEvents.ReferralMade(concern, keys, age, referral, made.agency(), made.basis(),
                    made.provision(), made.helpNeeds(), conversation(made.conversationId()), e.at());
        }
        if (e instanceof ReferralEvent.ReferralAcknowledged acknowledged) {
            return new AnalyticsEvents.ReferralAcknowledged(concern, keys, age, referral, acknowledged.agency(), e.at());
        }
        if (e instanceof ReferralEvent.ReferralAccepted accepted) {
            return new AnalyticsEvents.ReferralAccepted(concern, keys, age, referral, accepted.agency(), e.at());
        }
        if (e instanceof ReferralEvent.ReferralDeclined declined) {
            return new AnalyticsEvents.ReferralDeclined(concern, keys, age, referral, declined.agency(), e.at());
        }
        if (e instanceof ReferralEvent.ReferralCompleted completed) {
            return new AnalyticsEvents.ReferralCompleted(concern, keys, age, referral, completed.agency(), e.at());
        }
        if (e instanceof ReferralEvent.ReferralWithdrawn withdrawn) {
            return new AnalyticsEvents.ReferralWithdrawn(concern, keys, age, referral, withdrawn.agency(), e.at());
        }
        if (e instanceof ReferralEvent.SubjectNotified notified) {
            return new AnalyticsEvents.SubjectNotified(concern, keys, age, referral, notified.agency(),
                    notified.method(), e.at());
        }
        if (e instanceof ReferralEvent.NotificationDeferred deferred) {
            return new AnalyticsEvents.NotificationDeferred(concern, keys, age, referral, deferred.agency(), e.at());
        }
        throw new IllegalArgumentException("The analysts' history does not know " + e.getClass().getSimpleName());
    }

    private Integer age(UUID concernId, Instant at) {
        return concerns.ageAt(concernId, at).orElse(null);
    }

    private String conversation(UUID conversationId) {
        return conversationId == null ? null : pseudonyms.of(Pseudonyms.Kind.CONVERSATION, conversationId);
    }

    private static Integer age(LocalDate birthDate, Instant at) {
        return birthDate == null ? null : PoliceTime.age(birthDate, at);
    }
}
