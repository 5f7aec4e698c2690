package no.concerntrail.cases.api;

import java.time.Instant;
import no.concerntrail.cases.domain.Reporter;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.projection.TimelineEntry;

/**
 * One entry of GET /concerns/{id}/history, police eyes only: a stored event of the concern itself
 * ({@code source} case-service, with its {@code sequence}) or something another service reported about
 * it ({@code source} e.g. conversation-service, no sequence: it is not one of the concern's events).
 *
 * @param refused for a reported outcome the concern did not take (e.g. a conversation LOWERED a closed
 *                concern): the rule that refused it and why; null otherwise
 */
public record HistoryEntry(Long sequence, String source, String type, Instant at, String actor, Object data,
                           Refusal refused) {

    public static final String OWN = "case-service";

    public record Refusal(String rule, String detail) {
    }

    /**
     * The same entry for someone who may know that a reporter exists and how they relate to the person, but not who
     * they are (DOMAIN: the reporter's identity is for team leads only).
     */
    HistoryEntry withReporterIdentityWithheld() {
        if (!(data instanceof ConcernReceived received) || received.reporter() == null) {
            return this;
        }
        ConcernReceived withheld = new ConcernReceived(received.concernId(), received.district(), received.source(),
                new Reporter(null, null, received.reporter().relation()), received.subject(), received.municipality(),
                received.category(), received.summary(), received.level(), received.actor(), received.at());
        return new HistoryEntry(sequence, source, type, at, actor, withheld, refused);
    }

    /**
     * The same entry for the person it is about (their access report): the reporter left out altogether, as the law
     * lets the police keep who reported from the person.
     */
    public HistoryEntry withReporterWithheld() {
        if (!(data instanceof ConcernReceived received) || received.reporter() == null) {
            return this;
        }
        ConcernReceived withheld = new ConcernReceived(received.concernId(), received.district(), received.source(),
                null, received.subject(), received.municipality(), received.category(), received.summary(),
                received.level(), received.actor(), received.at());
        return new HistoryEntry(sequence, source, type, at, actor, withheld, refused);
    }

    static HistoryEntry own(long sequence, String type, Instant at, String actor, Object data) {
        return new HistoryEntry(sequence, OWN, type, at, actor, data, null);
    }

    static HistoryEntry reported(TimelineEntry entry) {
        Refusal refused = entry.refusedRule() == null ? null : new Refusal(entry.refusedRule(), entry.refusedDetail());
        return new HistoryEntry(null, entry.source(), entry.type(), entry.at(), entry.actor(), entry.data(), refused);
    }
}
