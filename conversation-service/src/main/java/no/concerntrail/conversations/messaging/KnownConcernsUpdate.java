package no.concerntrail.conversations.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.conversations.projection.KnownConcerns;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.IncomingCloudEvent;
import no.concerntrail.platform.events.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * Applies one case event to what conversation-service knows of concerns, in one transaction with the claim
 * of its {@code ce_id}: a redelivered event changes nothing. Events it has no use for (other types, other
 * major versions) are claimed and skipped.
 */
@Singleton
public class KnownConcernsUpdate {

    private static final Logger LOG = Logger.getLogger(KnownConcernsUpdate.class);
    private static final String CASE = "no.concerntrail.case.";
    private static final String RECEIVED = CASE + "ConcernReceived.v1";
    private static final String TRIAGED = CASE + "ConcernTriaged.v1";
    private static final String REOPENED = CASE + "ConcernReopened.v1";
    private static final String CLOSED = CASE + "ConcernClosed.v1";
    private static final List<String> READ = List.of("ConcernReceived", "ConcernTriaged", "ConcernReopened", "ConcernClosed");

    private final ObjectMapper json = ContractJson.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    ProcessedEvents processed;
    @Inject
    KnownConcerns concerns;

    @Transactional
    public void apply(IncomingCloudEvent event) {
        if (!processed.claim(event.id(), event.type())) {
            return;
        }
        switch (event.type()) {
            case RECEIVED -> {
                CaseEventFacts facts = read(event);
                concerns.received(facts.concernId(), facts.subject().birthDate(), facts.at());
            }
            case TRIAGED, REOPENED -> {
                CaseEventFacts facts = read(event);
                changeStatus(event, facts, KnownConcernStatus.valueOf(facts.status()));
            }
            case CLOSED -> changeStatus(event, read(event), KnownConcernStatus.CLOSED);
            default -> {
                // a new major version is one this reader cannot be trusted to read (within v1 fields are only added)
                if (READ.stream().anyMatch(name -> event.is(CASE, name))) {
                    LOG.warnf("%s %s is a version conversation-service does not read yet; ignored", event.type(),
                            event.id());
                }
            }
        }
    }

    private void changeStatus(IncomingCloudEvent event, CaseEventFacts facts, KnownConcernStatus status) {
        if (!concerns.statusChanged(facts.concernId(), status, facts.at())) {
            // only if the topic lost the concern's first event: nothing to plan against either way
            LOG.warnf("%s %s is about concern %s, which was never received; ignored", event.type(), event.id(),
                    facts.concernId());
        }
    }

    private CaseEventFacts read(IncomingCloudEvent event) {
        try {
            return json.readValue(event.body(), CaseEventFacts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + event.type() + " " + event.id(), e);
        }
    }
}
