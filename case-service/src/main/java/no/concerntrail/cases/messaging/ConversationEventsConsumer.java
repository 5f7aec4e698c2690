package no.concerntrail.cases.messaging;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.concerntrail.platform.events.IncomingCloudEvent;
import no.concerntrail.platform.rules.RuleViolation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads conversation-service's events (concerntrail.conversation.events) into the concerns' timelines and
 * applies held conversations' outcomes (see {@link ConversationEventHandler}). Records come one at a time in
 * partition order (a concern's events in order); the offset is committed after this method returns.
 *
 * <p>Not transactional itself: each attempt gets fresh transactions from the handler, so a failure that may pass
 * (the database away, a user changing the concern at the same moment) is retried from scratch, backing off to
 * once every 30 s, for as long as it takes: an event is never skipped because of a failure that might pass.
 * Refusals by the concern are answers, not failures: recorded, and the consumer moves on.
 */
@ApplicationScoped
public class ConversationEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ConversationEventsConsumer.class);

    @Inject
    ConversationEventHandler handler;

    private final ConversationEventReader reader = new ConversationEventReader();

    @Incoming("conversation-events")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecord<String, byte[]> record) {
        IncomingCloudEvent cloudEvent;
        try {
            cloudEvent = IncomingCloudEvent.of(record);
        } catch (IllegalArgumentException notACloudEvent) {
            // nothing to deduplicate on and nothing to show: retrying cannot help, stopping would block every concern
            LOG.errorf("%s; skipped", notACloudEvent.getMessage());
            return;
        }
        Optional<ConversationEvent> event = reader.read(cloudEvent, Instant.ofEpochMilli(record.timestamp()));
        if (event.isEmpty()) {
            if (ConversationEventReader.isUnknownVersionOfKnownType(cloudEvent)) {
                LOG.warnf("%s %s is a version case-service does not read yet; ignored", cloudEvent.type(),
                        cloudEvent.id());
            }
            return; // a type case-service does not read (tolerant reader)
        }
        try {
            handle(cloudEvent, event.get());
        } catch (RuntimeException failure) {
            LOG.warnf("%s %s failed and is retried: %s",
                    cloudEvent.type(), cloudEvent.id(), rootCause(failure));
            throw failure;
        }
    }

    private void handle(IncomingCloudEvent cloudEvent, ConversationEvent event) {
        try {
            handler.apply(cloudEvent, event);
        } catch (RuleViolation refusal) {
            // outside the rolled-back transaction: record the refusal in a new one (a retry would be refused again)
            handler.refused(cloudEvent, event, refusal);
        }
    }

    /** The first and the innermost exception, without stack traces: 30 retries must not flood the log. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (caused by " + root + ")";
    }
}
