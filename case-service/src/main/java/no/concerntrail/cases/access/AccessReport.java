package no.concerntrail.cases.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.concerntrail.cases.api.HistoryEntry;
import no.concerntrail.cases.projection.ConcernView;
import no.concerntrail.platform.audit.AccessLog;

/**
 * Everything ConcernTrail holds and has shared about one person, for a team lead to hand them (the right of access):
 * each concern about them that is not erased, as case-service holds it and as the other services hold what came of
 * it, who read it and what went to whom. What the law lets the police keep from them is left out, and {@code withheld}
 * says what kind of thing that is, in every report alike, so that it never says whether there is any.
 *
 * @param nationalIdentityNumber whose report it is
 * @param producedBy             the team lead who produced it
 */
public record AccessReport(String nationalIdentityNumber, Instant producedAt, String producedBy,
                           List<ConcernPart> concerns, List<String> withheld) {

    /** What the law lets the police keep from the person, said in every report whether or not any was kept. */
    static final List<String> WITHHELD = List.of(
            "Who reported a concern, and how they know you: the law lets the police keep a reporter's identity from "
                    + "the person the report is about.",
            "A disclosure to a partner agency that the police have put off telling you about, because telling you now "
                    + "would harm the prevention work: you are told of it when the deferral ends.");

    /**
     * One concern about the person.
     *
     * @param concern             as it stands now
     * @param history             every event of it and every report about it from the other services, in time order
     * @param readBy              who read it in case-service, when and how (the usage log)
     * @param conversations       the conversations held or planned about it, as conversation-service holds them
     * @param conversationsReadBy who read those
     * @param referrals           the referrals to partner agencies, as referral-service holds them
     * @param shares              what went to which agency, on which basis, when, and whether the person was told
     * @param referralsReadBy     who read those
     */
    public record ConcernPart(UUID concernId, ConcernView concern, List<HistoryEntry> history,
                              List<AccessLog.Entry> readBy, List<JsonNode> conversations,
                              List<JsonNode> conversationsReadBy, List<JsonNode> referrals, List<JsonNode> shares,
                              List<JsonNode> referralsReadBy) {
    }
}
