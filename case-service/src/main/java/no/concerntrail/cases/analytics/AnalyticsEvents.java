package no.concerntrail.cases.analytics;

import java.time.Instant;
import java.util.List;

/**
 * What the analysts' history carries of a concern's events, its own and what conversation-service and
 * referral-service reported about it (contract v1 on {@code concerntrail.analytics.events},
 * {@code no.concerntrail.analytics.<Name>.v1}): the concern, conversation and referral by their keys, the person by a
 * pseudonym, the age in whole years at the event instead of a birth date; districts, municipalities, agencies, legal
 * bases and the categories, kinds, levels and outcomes as they are. Names, identity numbers, the reporter, officers'
 * names and every free text (summaries, reasons, notes, where someone was signposted) have no field here: they are not
 * left out, they were never in.
 *
 * <p>Every record has {@code concern} (its key), {@code keys} (the name of the secret the keys were made under: a new
 * one starts new keys), {@code age} (null when the birth date is not known) and {@code at} (when it happened, in the
 * service that reported it).
 */
public final class AnalyticsEvents {

    private AnalyticsEvents() {
    }

    /** @param person the person's pseudonym, the same in every concern about them */
    public record ConcernReceived(String concern, String keys, String person, Integer age, String district,
                                  String municipality, String source, String category, String level, Instant at) {
    }

    public record ConcernTriaged(String concern, String keys, Integer age, String outcome, String status, Instant at) {
    }

    /** That it was assigned; to whom is an officer's name, which stays with the police. */
    public record ConcernAssigned(String concern, String keys, Integer age, Instant at) {
    }

    /** @param cause the key of the conversation that caused it; null for a case worker's own judgement */
    public record ConcernRaised(String concern, String keys, Integer age, String from, String to, String cause,
                                Instant at) {
    }

    /** @param cause the key of the conversation that caused it; null for a case worker's own judgement */
    public record ConcernLowered(String concern, String keys, Integer age, String from, String to, String cause,
                                 Instant at) {
    }

    public record ConcernClosed(String concern, String keys, Integer age, Instant at) {
    }

    public record ConcernReopened(String concern, String keys, Integer age, String status, Instant at) {
    }

    public record ConcernTransferred(String concern, String keys, Integer age, String from, String to, Instant at) {
    }

    /**
     * @param mandatory     a summons (only ever for a minor) rather than an invitation
     * @param summonsGround the Police Act § 13 ground of a summons, null for an invitation
     */
    public record ConversationPlanned(String concern, String keys, Integer age, String conversation, String kind,
                                      Boolean mandatory, String summonsGround, Boolean guardiansInvited, Instant at) {
    }

    public record ConversationRescheduled(String concern, String keys, Integer age, String conversation, Instant at) {
    }

    /**
     * @param heldBy  POLICE_OFFICER or TRUSTED_PERSON (then {@code trustedPersonRole} says what they are)
     * @param outcome LOWERED, RAISED or UNCHANGED, with the concern's {@code newLevel} when it changed
     * @param minutes how long it lasted
     */
    public record ConversationHeld(String concern, String keys, Integer age, String conversation, String kind,
                                   String heldBy, String trustedPersonRole, Boolean guardiansPresent,
                                   List<String> purposes, String outcome, String newLevel, List<String> helpNeeds,
                                   Integer measures, Long minutes, Instant at) {
    }

    /** The person, invited, said no. */
    public record ConversationDeclined(String concern, String keys, Integer age, String conversation, Instant at) {
    }

    public record ConversationCancelled(String concern, String keys, Integer age, String conversation, Instant at) {
    }

    public record ConversationNoShow(String concern, String keys, Integer age, String conversation, Boolean mandatory,
                                     Instant at) {
    }

    /**
     * @param basis        CONSENT, DUTY_TO_NOTIFY or CONFIDENTIALITY_EXCEPTION
     * @param provision    the configured id of the duty's or exception's provision, null for consent
     * @param conversation the key of the conversation that mapped the help needs, or null
     */
    public record ReferralMade(String concern, String keys, Integer age, String referral, String agency, String basis,
                               String provision, List<String> helpNeeds, String conversation, Instant at) {
    }

    public record ReferralAcknowledged(String concern, String keys, Integer age, String referral, String agency,
                                       Instant at) {
    }

    public record ReferralAccepted(String concern, String keys, Integer age, String referral, String agency,
                                   Instant at) {
    }

    public record ReferralDeclined(String concern, String keys, Integer age, String referral, String agency,
                                   Instant at) {
    }

    public record ReferralCompleted(String concern, String keys, Integer age, String referral, String agency,
                                    Instant at) {
    }

    public record ReferralWithdrawn(String concern, String keys, Integer age, String referral, String agency,
                                    Instant at) {
    }

    /** @param method IN_PERSON, PHONE, LETTER or DIGITAL */
    public record SubjectNotified(String concern, String keys, Integer age, String referral, String agency,
                                  String method, Instant at) {
    }

    public record NotificationDeferred(String concern, String keys, Integer age, String referral, String agency,
                                       Instant at) {
    }
}
