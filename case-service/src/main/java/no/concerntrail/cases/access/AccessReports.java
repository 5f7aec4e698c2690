package no.concerntrail.cases.access;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.concerntrail.cases.api.ConcernHistory;
import no.concerntrail.cases.api.HistoryEntry;
import no.concerntrail.cases.projection.ConcernView;
import no.concerntrail.cases.projection.ConcernViews;
import no.concerntrail.platform.audit.AccessLog;
import no.concerntrail.platform.police.PoliceTime;
import no.concerntrail.platform.security.NeedToKnow;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Makes a person's access report: their concerns not erased, found by national identity number, each with what
 * case-service holds and what conversation-service and referral-service answer the same team lead about it. All or
 * nothing: a service that does not answer makes no report rather than an incomplete one. The report is in the usage
 * log of each concern it shows (and, as the others are asked with the team lead's token, in theirs).
 */
@Singleton
public class AccessReports {

    @Inject
    ConcernViews views;
    @Inject
    ConcernHistory history;
    @Inject
    AccessLog accessLog;
    @Inject
    NeedToKnow needToKnow;
    @Inject
    @RestClient
    ConversationService conversations;
    @Inject
    @RestClient
    ReferralService referrals;

    /**
     * @param authorization    the team lead's own {@code Authorization} header, passed on to the other services
     * @param breakGlassReason theirs too, when a concern belongs to another district
     */
    public AccessReport of(String nationalIdentityNumber, String teamLead, String authorization,
                           String breakGlassReason) {
        List<ConcernView> concerns = views.ofPerson(nationalIdentityNumber).stream()
                .map(id -> views.find(id).orElseThrow()).toList();
        concerns.forEach(concern -> needToKnow.require(
                new NeedToKnow.Belonging(concern.concernId(), concern.district(), concern.assignee())));
        List<AccessReport.ConcernPart> parts = new ArrayList<>();
        for (ConcernView concern : concerns) {
            parts.add(part(concern, authorization, breakGlassReason));
        }
        accessLog.record(teamLead, "access-report", concerns.stream().map(ConcernView::concernId).toList());
        return new AccessReport(nationalIdentityNumber, Instant.now(), teamLead, parts, AccessReport.WITHHELD);
    }

    private AccessReport.ConcernPart part(ConcernView concern, String authorization, String breakGlassReason) {
        UUID id = concern.concernId();
        LocalDate today = PoliceTime.day(Instant.now());
        List<JsonNode> referred = ask("referral-service",
                () -> referrals.referrals(id, authorization, breakGlassReason));
        Set<String> deferred = referred.stream().filter(referral -> stillDeferred(referral, today))
                .map(AccessReports::referralId).collect(Collectors.toSet());
        List<HistoryEntry> events = history.of(id).stream().map(HistoryEntry::withReporterWithheld)
                .filter(entry -> !(entry.data() instanceof JsonNode data && deferred.contains(referralId(data))))
                .toList();
        return new AccessReport.ConcernPart(id, concern, events, accessLog.of(id),
                ask("conversation-service", () -> conversations.conversations(id, authorization, breakGlassReason)),
                ask("conversation-service", () -> conversations.accessLog(id, authorization, breakGlassReason)),
                referred.stream().filter(referral -> !deferred.contains(referralId(referral))).toList(),
                ask("referral-service", () -> referrals.shares(id, authorization, breakGlassReason)).stream()
                        .filter(share -> !deferred.contains(referralId(share))).toList(),
                ask("referral-service", () -> referrals.accessLog(id, authorization, breakGlassReason)));
    }

    /** Telling the person is put off, and the day it ends has not come: the referral is kept from them until then. */
    static boolean stillDeferred(JsonNode referral, LocalDate today) {
        JsonNode until = referral.path("deferral").path("until");
        return referral.path("notified").isNull() && until.isTextual() && LocalDate.parse(until.asText()).isAfter(today);
    }

    private static String referralId(JsonNode node) {
        return node.path("referralId").asText();
    }

    /**
     * The other service's answer; nothing when it has not heard of the concern; else no report: refused as it refused,
     * or unavailable when it did not answer.
     */
    private static List<JsonNode> ask(String service, Supplier<List<JsonNode>> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return List.of(); // it has not heard of the concern, so it holds nothing about it
            }
            if (e.getResponse().getStatus() == Response.Status.FORBIDDEN.getStatusCode()) {
                throw new ForbiddenException(service + " refused this team lead a concern of the report "
                        + "(need-to-know): no report is made");
            }
            throw new ServiceUnavailableException(service + " answered " + e.getResponse().getStatus()
                    + ": no report is made, as it would be incomplete");
        } catch (ProcessingException e) {
            throw new ServiceUnavailableException(service + " did not answer: no report is made, as it would be "
                    + "incomplete; try again shortly");
        }
    }
}
