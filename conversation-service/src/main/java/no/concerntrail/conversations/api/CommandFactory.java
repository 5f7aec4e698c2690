package no.concerntrail.conversations.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import no.concerntrail.conversations.config.ConversationKinds;
import no.concerntrail.conversations.config.FactorCatalogue;
import no.concerntrail.conversations.domain.ConcernAsKnown;
import no.concerntrail.conversations.domain.ConversationPolicies;
import no.concerntrail.conversations.domain.Factor;
import no.concerntrail.conversations.domain.command.PlanConversation;
import no.concerntrail.conversations.domain.command.RecordConversationHeld;
import no.concerntrail.conversations.domain.command.RescheduleConversation;
import no.concerntrail.conversations.projection.KnownConcerns;

/**
 * Turns requests into commands with what the decision needs from outside the aggregate: the kind and
 * the factors as configured, and the concern as case-service last published it.
 */
@Singleton
public class CommandFactory {

    @Inject
    ConversationKinds kinds;
    @Inject
    FactorCatalogue factors;
    @Inject
    KnownConcerns concerns;

    PlanConversation plan(UUID conversationId, ConversationRequests.Plan request, String actor) {
        var kind = kinds.named(request.kind()).orElseThrow(() -> ConversationPolicies.kindFromConfiguredList.violation(
                "no conversation kind '" + request.kind() + "'; GET /conversation-kinds lists them"));
        List<ConversationRequests.GuardianDetails> guardians = request.guardians() == null ? List.of() : request.guardians();
        return new PlanConversation(conversationId, request.concernId(), concerns.find(request.concernId()).orElse(null),
                kind, request.plannedStart(), request.place(),
                guardians.stream().map(ConversationRequests.GuardianDetails::toDomain).toList(),
                request.guardiansNotInvitedReason(), request.mandatory(), request.summonsGround(), actor);
    }

    RescheduleConversation reschedule(UUID conversationId, UUID concernId, ConversationRequests.Reschedule request,
                                      Long expectedVersion, String actor) {
        return new RescheduleConversation(conversationId,
                concerns.find(concernId).map(ConcernAsKnown::status).orElse(null), request.plannedStart(),
                request.place(), expectedVersion, actor);
    }

    RecordConversationHeld held(UUID conversationId, UUID concernId, ConversationRequests.Held request,
                                Long expectedVersion, String actor) {
        return new RecordConversationHeld(conversationId, concerns.find(concernId).orElse(null),
                request.startedAt(), request.endedAt(),
                request.heldBy().toDomain(), request.guidingOfficer(), request.guardiansPresent(),
                request.rightsNotice() == null ? null : request.rightsNotice().toDomain(), request.purposes(),
                request.outcome(), request.newLevel(), request.credibility(), request.helpNeeds(),
                factors(request.factors()), request.wayForward() == null ? null : request.wayForward().toDomain(),
                request.note(), expectedVersion, actor);
    }

    private List<Factor> factors(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        List<String> unknown = codes.stream().filter(code -> factors.byCode(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw ConversationPolicies.factorsFromConfiguredList.violation(
                    "unknown factor codes " + unknown + "; GET /factors lists them");
        }
        return codes.stream().distinct().map(code -> factors.byCode(code).orElseThrow()).toList();
    }
}
