package no.concerntrail.cases.analytics;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import no.concerntrail.cases.projection.ConcernViews;
import no.concerntrail.platform.events.Publication;
import no.concerntrail.platform.events.PublishedEvent;
import no.concerntrail.platform.events.Routes;
import no.concerntrail.platform.police.PoliceTime;
import org.axonframework.eventhandling.EventMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analysts' feed's routes: every stored concern event, pseudonymised ({@link AnalyticsEvents}), to the analysts'
 * topic, keyed by the concern's key so each concern's events stay in order. The person's pseudonym goes with the
 * concern's first event; the age at each event comes from the birth date the concern was received with.
 */
@Singleton
public class AnalystsHistory implements Routes {

    static final String PRODUCER = "analytics";
    /** The CloudEvents source: case-service publishes the analysts' history. */
    static final String SOURCE = "/concerntrail/case-service";

    private final Pseudonyms pseudonyms;
    private final ConcernViews concerns;
    private final String topic;

    @Inject
    public AnalystsHistory(Pseudonyms pseudonyms, ConcernViews concerns,
                           @ConfigProperty(name = "concerntrail.analytics.topic") String topic) {
        this.pseudonyms = pseudonyms;
        this.concerns = concerns;
        this.topic = topic;
    }

    @Override
    public List<Publication> of(EventMessage<?> stored) {
        if (!(stored.getPayload() instanceof ConcernEvent event)) {
            return List.of();
        }
        String concern = pseudonyms.of(Pseudonyms.Kind.CONCERN, event.concernId());
        return List.of(new Publication(topic, PublishedEvent.v1(PRODUCER, concern, data(event, concern))));
    }

    private Object data(ConcernEvent e, String concern) {
        String keys = pseudonyms.version();
        if (e instanceof ConcernReceived received) {
            return new AnalyticsEvents.ConcernReceived(concern, keys, pseudonyms.person(
                    received.subject().nationalIdentityNumber(), received.subject().name(),
                    received.subject().birthDate()), age(received.subject().birthDate(), e.at()),
                    received.district() == null ? null : received.district().name(), received.subject().municipality(),
                    received.source().name(), received.category().name(), received.level().name(), e.at());
        }
        Integer age = concerns.find(e.concernId()).map(view -> age(view.birthDate(), e.at())).orElse(null);
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

    private String conversation(UUID conversationId) {
        return conversationId == null ? null : pseudonyms.of(Pseudonyms.Kind.CONVERSATION, conversationId);
    }

    private static Integer age(LocalDate birthDate, Instant at) {
        return birthDate == null ? null : PoliceTime.age(birthDate, at);
    }
}
