package no.concerntrail.cases.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The published language of case-service on {@code concerntrail.case.events}, version 1: the JSON
 * body of each CloudEvent, whose {@code ce_type} is {@code no.concerntrail.case.<Name>.v1}.
 * Deliberately smaller than the stored events: the reporter's identity, the concern's summary,
 * the national identity number and every free-text reason stay inside case-service.
 * Consumers read these with their own tolerant records; fields are only ever added.
 */
public final class CaseEvents {

    /** The producer in each event's {@code ce_type}, {@code no.concerntrail.case.<Name>.v1}. */
    public static final String PRODUCER = "case";

    private CaseEvents() {
    }

    /** The subject as other police services need them: to address and to tell a minor from an adult. */
    public record Subject(String name, LocalDate birthDate, String municipality) {
    }

    public record ConcernReceived(UUID concernId, String source, Subject subject, String category, String level,
                                  String actor, Instant at) {
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

    /** status: OPEN again, or RECEIVED when the concern had been closed at triage and awaits triage anew. */
    public record ConcernReopened(UUID concernId, String status, String actor, Instant at) {
    }
}
