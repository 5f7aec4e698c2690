package no.concerntrail.conversations.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The published language of conversation-service on {@code concerntrail.conversation.events}, version 1:
 * the JSON body of each CloudEvent, whose {@code ce_type} is {@code no.concerntrail.conversation.<Name>.v1},
 * whose key and {@code ce_subject} are the concern id.
 * Deliberately smaller than the stored events: the protected note, the credibility assessment, the risk
 * and protective factors (assessments of a person), the names of private persons (guardians, the trusted
 * person who held it; officers are named, as everywhere) and every free text (place, measures, reasons) stay
 * inside conversation-service.
 * Consumers read these with their own tolerant records; fields are only ever added.
 */
public final class ConversationEvents {

    /** The producer in each event's {@code ce_type}, {@code no.concerntrail.conversation.<Name>.v1}. */
    public static final String PRODUCER = "conversation";

    private ConversationEvents() {
    }

    /**
     * @param kind          the kind's name: {@code concern}, {@code clarification}, {@code follow-up} or a district's own
     * @param mandatory     a summons (only ever for a minor) rather than an invitation
     * @param summonsGround the Police Act § 13 ground of a summons, null for an invitation
     * @param guardiansInvited null only when published again after the concern was erased, when nobody knows any more
     */
    public record ConversationPlanned(UUID conversationId, UUID concernId, String kind, Instant plannedStart,
                                      boolean mandatory, String summonsGround, Boolean guardiansInvited,
                                      String actor, Instant at) {
    }

    /** The planned conversation moved to another time (the place is free text and stays inside). */
    public record ConversationRescheduled(UUID conversationId, UUID concernId, Instant plannedStart, String actor,
                                         Instant at) {
    }

    /**
     * @param heldBy            POLICE_OFFICER or TRUSTED_PERSON
     * @param trustedPersonRole what the trusted person is (TEACHER, YOUTH_WORKER, ...), null when police held it
     * @param guidingOfficer    the officer guiding a trusted person, null when police held it
     * @param outcome           LOWERED, RAISED or UNCHANGED: what the conversation means for the concern
     * @param newLevel          the concern's new level (LOW, MODERATE, HIGH) when LOWERED or RAISED, else null
     * @param followUpDate      when the agreed way forward is followed up, null when nothing was agreed
     * @param measures          how many measures were agreed (what they are stays inside)
     *                          <p>{@code guardiansPresent}, {@code measures} and {@code followUpDate} are null only when
     *                          published again after the concern was erased, when nobody knows any more.
     */
    public record ConversationHeld(UUID conversationId, UUID concernId, String kind, Instant startedAt,
                                   Instant endedAt, String heldBy, String trustedPersonRole, String guidingOfficer,
                                   Boolean guardiansPresent, Instant rightsNoticeGivenAt, List<String> purposes,
                                   String outcome, String newLevel, List<String> helpNeeds, Integer measures,
                                   LocalDate followUpDate, String actor, Instant at) {
    }

    /** The person invited (never summoned) said no. */
    public record ConversationDeclined(UUID conversationId, UUID concernId, String actor, Instant at) {
    }

    public record ConversationCancelled(UUID conversationId, UUID concernId, String actor, Instant at) {
    }

    /** Nobody came. */
    public record ConversationNoShow(UUID conversationId, UUID concernId, boolean mandatory, String actor,
                                     Instant at) {
    }
}
