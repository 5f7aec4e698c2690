package no.concerntrail.conversations.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import no.concerntrail.conversations.domain.ConcernLevel;
import no.concerntrail.conversations.domain.KnownConcernStatus;
import no.concerntrail.conversations.projection.KnownConcerns;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.events.IncomingCloudEvent;
import no.concerntrail.platform.events.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * Applies one case event to what conversation-service knows of concerns, in one transaction with the claim
 * of its {@code ce_id}: a redelivered event changes nothing. Only events that take effect are claimed: other
 * types and other major versions are skipped (a new major version is one this reader cannot be trusted to
 * read; within v1 fields are only added). A body that breaks the contract is logged, naming fields but never
 * values, and skipped: the concern then stays unknown (or keeps its last status) rather than every concern
 * waiting behind it.
 */
@Singleton
public class KnownConcernsUpdate {

    private static final Logger LOG = Logger.getLogger(KnownConcernsUpdate.class);
    private static final String CASE = "no.concerntrail.case.";
    private static final String RECEIVED = CASE + "ConcernReceived.v1";
    private static final String TRIAGED = CASE + "ConcernTriaged.v1";
    private static final String REOPENED = CASE + "ConcernReopened.v1";
    private static final String CLOSED = CASE + "ConcernClosed.v1";
    private static final String ASSIGNED = CASE + "ConcernAssigned.v1";
    private static final String RAISED = CASE + "ConcernRaised.v1";
    private static final String LOWERED = CASE + "ConcernLowered.v1";
    private static final List<String> READ = List.of(RECEIVED, TRIAGED, REOPENED, CLOSED, ASSIGNED, RAISED, LOWERED);

    private final ObjectMapper json = ContractJson.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    ProcessedEvents processed;
    @Inject
    KnownConcerns concerns;

    @Transactional
    public void apply(IncomingCloudEvent event) {
        if (!READ.contains(event.type())) {
            if (READ.stream().anyMatch(type -> event.is(CASE, name(type)))) {
                LOG.warnf("%s %s is a version conversation-service does not read yet; skipped", event.type(), event.id());
            }
            return;
        }
        Optional<CaseEventFacts> read = read(event);
        if (read.isEmpty() || !processed.claim(event.id(), event.type())) {
            return;
        }
        CaseEventFacts facts = read.get();
        boolean known = switch (event.type()) {
            case RECEIVED -> {
                concerns.received(facts.concernId(), facts.subject().birthDate(),
                        facts.level() == null ? null : ConcernLevel.valueOf(facts.level()), facts.at());
                yield true;
            }
            case ASSIGNED -> concerns.assigned(facts.concernId(), facts.at());
            case RAISED, LOWERED -> concerns.levelChanged(facts.concernId(), ConcernLevel.valueOf(facts.to()), facts.at());
            default -> concerns.statusChanged(facts.concernId(), status(event, facts), facts.at());
        };
        if (!known) {
            // only if the topic lost the concern's first event: nothing to plan against either way
            LOG.warnf("%s %s is about a concern that was never received; skipped", event.type(), event.id());
        }
    }

    /** {@code ConcernClosed} of {@code no.concerntrail.case.ConcernClosed.v1}. */
    private static String name(String type) {
        return type.substring(CASE.length(), type.lastIndexOf(".v"));
    }

    /** The published status; v1 events from before it was published say it by their type and outcome. */
    private static KnownConcernStatus status(IncomingCloudEvent event, CaseEventFacts facts) {
        if (event.type().equals(CLOSED)) {
            return KnownConcernStatus.CLOSED;
        } else if (facts.status() != null) {
            return KnownConcernStatus.valueOf(facts.status());
        } else if (event.type().equals(TRIAGED)) {
            return "ADOPTED".equals(facts.outcome()) ? KnownConcernStatus.OPEN : KnownConcernStatus.CLOSED;
        }
        return KnownConcernStatus.OPEN;
    }

    private Optional<CaseEventFacts> read(IncomingCloudEvent event) {
        String problem;
        try {
            CaseEventFacts facts = json.readValue(event.body(), CaseEventFacts.class);
            problem = facts.problem(event.type().equals(RECEIVED), event.type().equals(RAISED) || event.type().equals(LOWERED));
            if (problem == null) {
                return Optional.of(facts);
            }
        } catch (JsonMappingException e) {
            String fields = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).collect(Collectors.joining("."));
            problem = fields.isEmpty() ? "the body is not a JSON object of the contract" : "field '" + fields + "' has the wrong form";
        } catch (IOException | IllegalArgumentException e) {
            problem = "the body is not JSON";
        }
        LOG.errorf("%s %s breaks the published contract (%s); skipped", event.type(), event.id(), problem);
        return Optional.empty();
    }
}
