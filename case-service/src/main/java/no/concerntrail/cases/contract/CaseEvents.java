package no.concerntrail.cases.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The published language of case-service on {@code concerntrail.case.events}, version 1: the JSON
 * body of each CloudEvent, whose {@code ce_type} is {@code no.concerntrail.case.<Name>.v1}.
 * Deliberately smaller than the stored events: the reporter's identity, the concern's summary, the subject's name
 * and national identity number and every free-text reason stay inside case-service.
 * Consumers read these with their own tolerant records; fields are only ever added (the subject's name is the one
 * field taken out of v1, while the only consumer, conversation-service, had never read it).
 */
public final class CaseEvents {

    /** The producer in each event's {@code ce_type}, {@code no.concerntrail.case.<Name>.v1}. */
    public static final String PRODUCER = "case";

    private CaseEvents() {
    }

    /**
     * What other police services need of the subject, and no more: the birth date tells a minor from an adult (the
     * Police Act's summons, the kinds of conversation); the municipality decides which partner agencies a referral
     * can go to. Who the person is stays in case-service.
     */
    public record Subject(LocalDate birthDate, String municipality) {
    }

    /**
     * district: the police district the concern belongs to, which decides who may see it and its conversations
     * (need-to-know); absent from concerns received before districts were recorded, which belong to no district.
     */
    public record ConcernReceived(UUID concernId, String district, String source, Subject subject, String category,
                                  String level, String actor, Instant at) {
    }

    /** Where a concern was signposted to is typed by an officer: free text, so it stays inside. */
    public record ConcernTriaged(UUID concernId, String outcome, String status, String actor, Instant at) {
    }

    public record ConcernAssigned(UUID concernId, String assignee, String actor, Instant at) {
    }

    public record ConcernRaised(UUID concernId, String from, String to, UUID causeConversationId, String actor,
                                Instant at) {
    }

    public record ConcernLowered(UUID concernId, String from, String to, UUID causeConversationId, String actor,
                                 Instant at) {
    }

    public record ConcernClosed(UUID concernId, String actor, Instant at) {
    }

    /**
     * The concern belongs to district {@code to} from now on: who may see it and its conversations. {@code from} is
     * absent for a concern received before districts were recorded. The reason is typed by an officer: it stays inside.
     */
    public record ConcernTransferred(UUID concernId, String from, String to, String actor, Instant at) {
    }

    /**
     * The concern's personal data was erased (ground: SUBJECT_REQUEST, UNLAWFULLY_RECORDED, NO_LONGER_NEEDED, or
     * RETENTION_DEADLINE when it was kept as long as allowed): every service erases what it holds about the concern,
     * once. The concern's earlier events, read again, carry no subject.
     */
    public record ConcernErased(UUID concernId, String ground, String actor, Instant at) {
    }

    /** status: OPEN again, or RECEIVED when the concern had been closed at triage and awaits triage anew. */
    public record ConcernReopened(UUID concernId, String status, String actor, Instant at) {
    }
}
