package no.concerntrail.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import no.concerntrail.cases.messaging.ReferralEvent.Unreadable;
import no.concerntrail.platform.messaging.CloudEventHandler;
import no.concerntrail.platform.messaging.IncomingCloudEvent;
import no.concerntrail.platform.rules.RuleViolation;

/**
 * What one referral event does to its concern, exactly once per ce_id (the consumer template claims it in the same
 * transaction): an entry in the concern's timeline, and nothing else. A partner accepting, declining or completing
 * says nothing about the concern's level or status; the officer decides that, with the referral in view.
 */
@ApplicationScoped
public class ReferralEventsHandler implements CloudEventHandler<ReferralEvent> {

    static final String SOURCE = "referral-service";

    /** A referral event's body is what the published contract says it is. */
    static final String EVENT_UNREADABLE = "referral-event-unreadable";

    @Inject
    TimelineReports timeline;

    /**
     * Records the event. An unreadable one is refused, as conversation events are (the consumer logs it), and
     * {@link #refused} records it marked as such.
     */
    @Override
    public void apply(IncomingCloudEvent cloudEvent, ReferralEvent event) {
        if (!timeline.aboutKnownConcern(cloudEvent, event)) {
            return;
        }
        if (event instanceof Unreadable unreadable) {
            throw RuleViolation.unprocessable(EVENT_UNREADABLE, unreadable.problem());
        }
        timeline.record(cloudEvent, SOURCE, event, null);
    }

    /** The unreadable event's timeline entry, saying what is wrong with it. */
    @Override
    public void refused(IncomingCloudEvent cloudEvent, ReferralEvent event, RuleViolation refusal) {
        if (timeline.aboutKnownConcern(cloudEvent, event)) {
            timeline.record(cloudEvent, SOURCE, event, refusal);
        }
    }

    /**
     * A body that breaks the contract still reaches the concern's timeline, marked unreadable, when ce_subject names
     * a concern: the case worker must not miss that a referral happened.
     */
    @Override
    public Optional<ReferralEvent> unreadable(IncomingCloudEvent cloudEvent, String name, String problem,
                                             Instant published) {
        return Optional.of(new Unreadable(name, TimelineReports.subjectConcern(cloudEvent), published,
                TimelineReports.unreadable(cloudEvent, name, problem)));
    }
}
