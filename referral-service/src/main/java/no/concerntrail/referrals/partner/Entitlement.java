package no.concerntrail.referrals.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.concerntrail.referrals.domain.BasisKind;

/**
 * What one partner agency may receive: the fields per legal basis. A basis it has no fields under is one it
 * receives nothing under, so a referral on it is refused. Checked when built, so no entitlement that breaks purpose
 * binding can exist.
 *
 * @param agency     the agency's id, lower-case kebab: it names the partner topic and the Kafka principal
 * @param name       the display name
 * @param answerTime a referral not acknowledged within this counts as unanswered
 * @param fields     the fields per basis; every basis listed has at least one
 */
public record Entitlement(String agency, String name, Duration answerTime, Map<BasisKind, Set<PartnerField>> fields) {

    // a topic name and a principal name: no dots, underscores or capitals that Kafka or an ACL would read otherwise
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_ID = 40;

    public Entitlement {
        if (agency == null || agency.length() > MAX_ID || !KEBAB.matcher(agency).matches()) {
            throw new IllegalArgumentException("Partner agency '" + agency + "': the id must be lower-case kebab"
                    + " (a-z, 0-9, single '-' between), at most " + MAX_ID + " characters: it becomes the topic"
                    + " and the Kafka principal");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Partner agency '" + agency + "' has no name");
        }
        if (answerTime == null || answerTime.isNegative() || answerTime.isZero()) {
            throw new IllegalArgumentException("Partner agency '" + agency + "': answer-time must be positive");
        }
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("Partner agency '" + agency
                    + "' has fields under no legal basis: it could receive no referral at all");
        }
        Map<BasisKind, Set<PartnerField>> copy = new EnumMap<>(BasisKind.class);
        fields.forEach((basis, granted) -> copy.put(basis, checked(agency, basis, granted)));
        fields = Map.copyOf(copy);
    }

    private static Set<PartnerField> checked(String agency, BasisKind basis, Set<PartnerField> granted) {
        if (granted == null || granted.isEmpty()) {
            throw new IllegalArgumentException("Partner agency '" + agency + "' lists no fields under " + basis
                    + ": leave the basis out to refuse such referrals");
        }
        for (PartnerField field : granted) {
            if (field.partnersOwn()) {
                throw new IllegalArgumentException("Partner agency '" + agency + "' lists " + field.configName()
                        + " under " + basis + ": the partner's own answer always goes back, it is not granted");
            }
            if (field.purposeBound() && basis == BasisKind.CONFIDENTIALITY_EXCEPTION) {
                throw new IllegalArgumentException("Partner agency '" + agency + "' lists " + field.configName()
                        + " under " + basis + ": help needs and the message leave only under consent or a duty"
                        + " (purpose binding)");
            }
        }
        return Set.copyOf(EnumSet.copyOf(granted));
    }

    /** Whether a referral on this basis may go to the agency at all. */
    public boolean allows(BasisKind basis) {
        return fields.containsKey(basis);
    }

    /** The fields the agency may receive on this basis; none when it is not allowed. */
    public Set<PartnerField> fields(BasisKind basis) {
        return fields.getOrDefault(basis, Set.of());
    }

    /** {@code concerntrail.partner.<agency>.referrals}, as deploy/local's KafkaTopology creates it. */
    public String topic() {
        return "concerntrail.partner." + agency + ".referrals";
    }

    /** When a referral made at {@code madeAt} and not acknowledged by then counts as unanswered. */
    public Instant answerDue(Instant madeAt) {
        return madeAt.plus(answerTime);
    }
}
