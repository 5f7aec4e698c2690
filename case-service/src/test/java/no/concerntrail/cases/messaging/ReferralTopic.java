package no.concerntrail.cases.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * concerntrail.referral.events as referral-service publishes it ({@link CloudEventTopic}), and bodies that follow its
 * police-internal contract v1 in full, each as it was at the moment it was made.
 */
public final class ReferralTopic {

    public static final String TOPIC = "concerntrail.referral.events";
    public static final String TYPE_PREFIX = "no.concerntrail.referral.";
    public static final CloudEventTopic REFERRALS = new CloudEventTopic(TOPIC, "referral-service", TYPE_PREFIX);

    private ReferralTopic() {
    }

    /** Made to child welfare under its duty to notify, with help needs from a conversation. */
    public static Map<String, Object> made(String referralId, String concernId) {
        Map<String, Object> body = about(referralId, concernId, "officer-kari");
        body.put("basis", "DUTY_TO_NOTIFY");
        body.put("provision", "child-welfare-act-13-2");
        body.put("citation", "barnevernsloven § 13-2");
        body.put("helpNeeds", List.of("EDUCATION", "FAMILY"));
        body.put("conversationId", "a7e1d2c3-4b5a-4f6e-8d9c-0b1a2c3d4e5f");
        return body;
    }

    /** Acknowledged or accepted by the partner: the envelope only. */
    public static Map<String, Object> answered(String referralId, String concernId) {
        return about(referralId, concernId, "cw-per");
    }

    /** Declined by the partner, or withdrawn by the police, for a reason in their own words. */
    public static Map<String, Object> withReason(String referralId, String concernId, String reason) {
        Map<String, Object> body = about(referralId, concernId, "cw-per");
        body.put("reason", reason);
        return body;
    }

    public static Map<String, Object> completed(String referralId, String concernId) {
        Map<String, Object> body = about(referralId, concernId, "cw-per");
        body.put("note", "Support at school is in place.");
        return body;
    }

    public static Map<String, Object> subjectNotified(String referralId, String concernId) {
        Map<String, Object> body = about(referralId, concernId, "officer-kari");
        body.put("notifiedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        body.put("method", "IN_PERSON");
        return body;
    }

    public static Map<String, Object> notificationDeferred(String referralId, String concernId) {
        Map<String, Object> body = withReason(referralId, concernId, "Telling the family now would end the talks.");
        body.put("actor", "officer-kari");
        body.put("until", LocalDate.now().plusMonths(1));
        return body;
    }

    private static Map<String, Object> about(String referralId, String concernId, String actor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referralId", referralId);
        body.put("concernId", concernId);
        body.put("agency", "child-welfare");
        body.put("actor", actor);
        body.put("at", Instant.now());
        return body;
    }
}
