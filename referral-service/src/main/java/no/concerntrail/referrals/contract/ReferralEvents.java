package no.concerntrail.referrals.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The published language of referral-service on {@code concerntrail.referral.events}, version 1: the JSON body of
 * each CloudEvent, whose {@code ce_type} is {@code no.concerntrail.referral.<Name>.v1}, whose key and
 * {@code ce_subject} are the concern id. Police-internal: case-service shows each referral in the concern's history.
 * Deliberately smaller than the stored events: the subject's name, birth date and contact, the guardians, the names
 * of guardians who consented and the officer's message to the partner stay inside referral-service. case-service
 * already holds the person, and identity should be in as few places as possible; the police contact given to the
 * partner stays too (the actor names the officer). Partners get their own, far smaller contract
 * ({@link PartnerReferralData}) on their own topics.
 * Consumers read these with their own tolerant records; fields are only ever added.
 */
public final class ReferralEvents {

    /** The producer in each event's {@code ce_type}, {@code no.concerntrail.referral.<Name>.v1}. */
    public static final String PRODUCER = "referral";

    private ReferralEvents() {
    }

    /**
     * @param agency         the partner agency's configured id, e.g. {@code child-welfare}
     * @param basis          CONSENT, DUTY_TO_NOTIFY or CONFIDENTIALITY_EXCEPTION
     * @param provision      the configured id of a duty's or an exception's provision; null for consent
     * @param citation       that provision as cited when the referral was made, e.g. {@code barnevernsloven § 13-2};
     *                       null for consent
     * @param helpNeeds      what help the partner was asked for (HOUSING, WORK, ...), sorted; empty when only the
     *                       identity went
     * @param conversationId the conversation that mapped the help needs, or null
     */
    public record ReferralMade(UUID referralId, UUID concernId, String agency, String basis, String provision,
                               String citation, List<String> helpNeeds, UUID conversationId, String actor,
                               Instant at) {
    }

    /** The partner confirmed it received the referral. */
    public record ReferralAcknowledged(UUID referralId, UUID concernId, String agency, String actor, Instant at) {
    }

    /** The partner took the referral on. */
    public record ReferralAccepted(UUID referralId, UUID concernId, String agency, String actor, Instant at) {
    }

    /** @param reason the partner's own words: the police need them to find other help */
    public record ReferralDeclined(UUID referralId, UUID concernId, String agency, String reason, String actor,
                                   Instant at) {
    }

    /** @param note what the partner wants the police to know at the end, or null */
    public record ReferralCompleted(UUID referralId, UUID concernId, String agency, String note, String actor,
                                    Instant at) {
    }

    /** @param reason the police's own judgement: it never reaches the partner */
    public record ReferralWithdrawn(UUID referralId, UUID concernId, String agency, String reason, String actor,
                                    Instant at) {
    }

    /**
     * The subject (or a minor's guardians) was told their data went to the partner.
     *
     * @param method IN_PERSON, PHONE, LETTER or DIGITAL
     */
    public record SubjectNotified(UUID referralId, UUID concernId, String agency, Instant notifiedAt, String method,
                                  String actor, Instant at) {
    }

    /**
     * Telling the subject is put off; a later deferral replaces the one before it.
     *
     * @param reason why telling now would harm the prevention work
     * @param until  the day telling is put off until
     */
    public record NotificationDeferred(UUID referralId, UUID concernId, String agency, String reason, LocalDate until,
                                       String actor, Instant at) {
    }

    /** The concern was erased in case-service: referral-service erased what it held, and told the partner. */
    public record ReferralErased(UUID referralId, UUID concernId, String agency, String actor, Instant at) {
    }
}
