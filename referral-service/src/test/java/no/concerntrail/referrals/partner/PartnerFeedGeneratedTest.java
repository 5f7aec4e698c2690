package no.concerntrail.referrals.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.concerntrail.platform.events.EventType;
import no.concerntrail.referrals.config.PartnerAgencies;
import no.concerntrail.referrals.domain.AgencyTerms;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.domain.Consent;
import no.concerntrail.referrals.domain.ConsentForm;
import no.concerntrail.referrals.domain.ConsentGiver;
import no.concerntrail.referrals.domain.ContactDetails;
import no.concerntrail.referrals.domain.GuardianContact;
import no.concerntrail.referrals.domain.HelpNeed;
import no.concerntrail.referrals.domain.LegalBasis;
import no.concerntrail.referrals.domain.NotificationMethod;
import no.concerntrail.referrals.domain.PoliceContact;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.SubjectDetails;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralEvent;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.domain.event.SubjectNotified;
import no.concerntrail.referrals.messaging.PartnerFeed;
import no.concerntrail.referrals.messaging.PartnerReferralEvent;
import org.junit.jupiter.api.Test;

/**
 * Partner sees only entitled fields, proven over generated referrals (a seeded random, as HostileRequests does;
 * {@code -Dpartner.seed=} replays one): every field of every stored event carries a unique planted value, and in the
 * JSON each partner event is written as there is no path outside the agency's policy for the referral's basis (and
 * the envelope), and no planted value of a field it is not entitled to, nor ever the concern id, the conversation id,
 * the withdrawal reason, a deferral's reason, the provision's id, the consenting guardians' names or an actor.
 */
class PartnerFeedGeneratedTest {

    private static final long SEED = Long.getLong("partner.seed", 20260302L);
    private static final int REFERRALS_PER_BASIS = 300;
    private static final int GENERATED_POLICIES = 400;
    private static final Set<String> ENVELOPE = Set.of("referralId", "agency", "status", "at");

    private final Random random = new Random(SEED);
    private int planted;

    @Test
    void everyDefaultAgencyUnderEveryBasisItAllowsGetsOnlyItsPolicy() {
        PartnerAgencies agencies = Configured.defaults();
        int checked = 0;
        for (Entitlement entitlement : agencies.entitlements().all()) {
            AgencyTerms terms = agencies.terms(entitlement.agency()).orElseThrow();
            for (BasisKind basis : BasisKind.values()) {
                if (!entitlement.allows(basis)) {
                    continue;
                }
                List<Provision> provisions = basis == BasisKind.DUTY_TO_NOTIFY ? terms.duties() : terms.exceptions();
                for (int i = 0; i < REFERRALS_PER_BASIS; i++) {
                    Provision provision = basis == BasisKind.CONSENT ? null
                            : provisions.get(random.nextInt(provisions.size()));
                    checkReferral(entitlement, basis, provision);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(7 * REFERRALS_PER_BASIS);
    }

    @Test
    void everyGeneratedPolicyGetsOnlyItself() {
        for (int i = 0; i < GENERATED_POLICIES; i++) {
            Entitlement entitlement = policy("agency-" + i);
            for (BasisKind basis : entitlement.fields().keySet()) {
                // a provision as stored, covering help needs or not; an exception's claim to cover them is ignored
                Provision provision = basis == BasisKind.CONSENT ? null
                        : new Provision("provision", "lov § " + i, 0, 120, random.nextBoolean());
                checkReferral(entitlement, basis, provision);
            }
        }
    }

    private Entitlement policy(String agency) {
        Map<BasisKind, Set<PartnerField>> fields = new EnumMap<>(BasisKind.class);
        while (fields.isEmpty()) {
            for (BasisKind basis : BasisKind.values()) {
                List<PartnerField> grantable = Arrays.stream(PartnerField.values())
                        .filter(field -> !field.partnersOwn())
                        .filter(field -> basis != BasisKind.CONFIDENTIALITY_EXCEPTION || !field.purposeBound())
                        .filter(field -> random.nextBoolean()).toList();
                if (!grantable.isEmpty() && random.nextInt(3) > 0) {
                    fields.put(basis, EnumSet.copyOf(grantable));
                }
            }
        }
        return new Entitlement(agency, agency, Duration.ofDays(7), fields);
    }

    /** One referral's whole life to the agency, each event checked against what the agency may see. */
    private void checkReferral(Entitlement entitlement, BasisKind basis, Provision stored) {
        Plants plants = new Plants();
        Provision provision = stored == null ? null : new Provision(plants.never("provision-id"),
                plants.owned(PartnerField.LEGAL_BASIS, "citation"), stored.minAge(), stored.maxAge(),
                stored.coversHelpNeeds());
        ReferralMade made = made(plants, entitlement.agency(), basis, provision);
        Set<PartnerField> policy = expected(entitlement, basis, provision);
        String agency = entitlement.agency();
        UUID referral = made.referralId();
        UUID concern = made.concernId();
        Map<ReferralEvent, Set<PartnerField>> events = new LinkedHashMap<>();
        events.put(made, policy);
        events.put(new ReferralAcknowledged(referral, concern, agency, plants.never("actor"), at()), Set.of());
        events.put(new ReferralAccepted(referral, concern, agency, plants.never("actor"), at()), Set.of());
        events.put(new ReferralDeclined(referral, concern, agency, plants.owned(PartnerField.DECLINE_REASON, "reason"),
                plants.never("actor"), at()), Set.of(PartnerField.DECLINE_REASON));
        events.put(new ReferralCompleted(referral, concern, agency, random.nextInt(4) == 0 ? null
                : plants.owned(PartnerField.COMPLETION_NOTE, "note"), plants.never("actor"), at()),
                Set.of(PartnerField.COMPLETION_NOTE));
        events.put(new ReferralWithdrawn(referral, concern, agency, plants.never("withdrawal"), plants.never("actor"),
                at()), Set.of());

        events.forEach((event, allowed) -> {
            String what = "seed " + SEED + ": " + event.getClass().getSimpleName() + " to " + agency + " on " + basis;
            PartnerReferralEvent partner = PartnerFeed.toPartner(event, entitlement).orElseThrow();
            checkEvent(what, partner, event, allowed, plants);
            assertThat(PartnerFeed.toPartner(event, policy("other-" + agency))).as(what + ", another agency").isEmpty();
        });
        assertThat(PartnerFeed.toPartner(new SubjectNotified(referral, concern, agency, at(), NotificationMethod.LETTER,
                plants.never("actor"), at()), entitlement)).isEmpty();
        assertThat(PartnerFeed.toPartner(new NotificationDeferred(referral, concern, agency, plants.never("deferral"),
                LocalDate.of(2026, 9, 1), plants.never("actor"), at()), entitlement)).isEmpty();
    }

    /** The rule, said again independently: the policy, and help needs and message only where the basis covers them. */
    private static Set<PartnerField> expected(Entitlement entitlement, BasisKind basis, Provision provision) {
        boolean covered = basis == BasisKind.CONSENT
                || basis == BasisKind.DUTY_TO_NOTIFY && provision.coversHelpNeeds();
        return entitlement.fields(basis).stream().filter(field -> covered || !field.purposeBound())
                .collect(Collectors.toSet());
    }

    private static void checkEvent(String what, PartnerReferralEvent partner, ReferralEvent stored,
                                   Set<PartnerField> allowed, Plants plants) {
        String json = Referrals.json(partner);
        List<String> leaves = new ArrayList<>();
        leaves(Referrals.tree(partner), "", leaves);
        Set<String> paths = new HashSet<>(ENVELOPE);
        allowed.forEach(field -> paths.add(field.path()));
        assertThat(leaves).as(what + ": JSON paths").allMatch(leaf -> paths.stream()
                .anyMatch(path -> leaf.equals(path) || leaf.startsWith(path + ".")));
        plants.owned.forEach((value, field) -> {
            if (!allowed.contains(field)) {
                assertThat(json).as(what + ": " + field + " is not entitled").doesNotContain(value);
            } else if (plants.of(stored).contains(value)) {
                assertThat(json).as(what + ": " + field + " is entitled").contains(value);
            }
        });
        assertThat(json).as(what + ": never leaves").doesNotContain(plants.never)
                .doesNotContain(stored.concernId().toString());
        Set<PartnerField> carried = plants.owned.entrySet().stream()
                .filter(plant -> plants.of(stored).contains(plant.getKey())).map(Map.Entry::getValue)
                .filter(allowed::contains).collect(Collectors.toSet());
        assertThat(partner.included()).as(what + ": what went").isEqualTo(carried);
        assertThat(EventType.parse(partner.type().ceType())).as(what).contains(
                EventType.v1(PartnerReferralEvent.PRODUCER, stored.getClass().getSimpleName()));
        assertThat(partner.published().subject()).as(what).isEqualTo(stored.referralId().toString());
    }

    /** Every leaf's dotted path; an empty object or array, or a null, makes a leaf no policy names. */
    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.add(path + "{}");
            }
            node.fields().forEachRemaining(field ->
                    leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.add(path + "[]");
            }
            node.forEach(element -> leaves(element, path, out));
        } else {
            out.add(node.isNull() ? path + "=null" : path);
        }
    }

    private ReferralMade made(Plants plants, String agency, BasisKind basis, Provision provision) {
        LegalBasis legalBasis = switch (basis) {
            case CONSENT -> LegalBasis.consent(consent(plants));
            case DUTY_TO_NOTIFY -> LegalBasis.duty(provision.id());
            case CONFIDENTIALITY_EXCEPTION -> LegalBasis.exception(provision.id());
        };
        List<GuardianContact> guardians = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            guardians.add(new GuardianContact(plants.owned(PartnerField.GUARDIANS, "guardian"),
                    plants.owned(PartnerField.GUARDIANS, "relation"), contact(plants, PartnerField.GUARDIANS)));
        }
        SubjectDetails subject = new SubjectDetails(plants.owned(PartnerField.SUBJECT_NAME, "name"),
                plants.date(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(30 * 365))), contact(plants,
                PartnerField.SUBJECT_CONTACT), guardians);
        List<HelpNeed> helpNeeds = Arrays.stream(HelpNeed.values()).filter(need -> random.nextInt(3) == 0).toList();
        helpNeeds.forEach(need -> plants.owned.put('"' + need.name() + '"', PartnerField.HELP_NEEDS));
        PoliceContact police = new PoliceContact(plants.owned(PartnerField.POLICE_CONTACT, "officer"),
                plants.owned(PartnerField.POLICE_CONTACT, "phone"), plants.owned(PartnerField.POLICE_CONTACT, "mail"));
        return new ReferralMade(uuid(), plants.never(uuid()), agency, legalBasis, provision, helpNeeds,
                random.nextInt(4) == 0 ? null : plants.never(uuid()),
                random.nextInt(5) == 0 ? null : plants.owned(PartnerField.MESSAGE, "message"),
                subject, police, plants.never("actor"), at());
    }

    private Consent consent(Plants plants) {
        ConsentGiver giver = random.nextBoolean() ? ConsentGiver.SUBJECT : ConsentGiver.GUARDIANS;
        List<String> names = giver == ConsentGiver.SUBJECT ? List.of()
                : List.of(plants.never("consenting-guardian"), plants.never("consenting-guardian"));
        // 2025, so the time cannot be mistaken for an event's (2026)
        Instant givenAt = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(360 * 86_400));
        plants.owned.put(givenAt.toString(), PartnerField.LEGAL_BASIS);
        return new Consent(giver, names, givenAt, random.nextBoolean() ? ConsentForm.WRITTEN : ConsentForm.ORAL);
    }

    /** At least one of the three, each planted. */
    private ContactDetails contact(Plants plants, PartnerField field) {
        int present = 1 + random.nextInt(7);
        return new ContactDetails((present & 1) == 0 ? null : plants.owned(field, "phone"),
                (present & 2) == 0 ? null : plants.owned(field, "email"),
                (present & 4) == 0 ? null : plants.owned(field, "address"));
    }

    private Instant at() {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(360 * 86_400));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** One referral's planted values: unique texts (fixed-width numbers, so none is inside another), by field. */
    private final class Plants {

        private final Map<String, PartnerField> owned = new LinkedHashMap<>();
        private final List<String> never = new ArrayList<>();

        String owned(PartnerField field, String label) {
            String value = label + "-pv" + String.format("%08d", planted++);
            owned.put(value, field);
            return value;
        }

        String never(String label) {
            String value = label + "-pv" + String.format("%08d", planted++);
            never.add(value);
            return value;
        }

        UUID never(UUID id) {
            never.add(id.toString());
            return id;
        }

        /** Birth dates are 1990-2019: no event time or consent time can contain one. */
        LocalDate date(LocalDate date) {
            owned.put(date.toString(), PartnerField.SUBJECT_BIRTH_DATE);
            return date;
        }

        /** The planted values the stored event itself carries (its own, or the referral's for ReferralMade). */
        Set<String> of(ReferralEvent stored) {
            String text = carried(stored);
            return owned.keySet().stream().filter(text::contains).collect(Collectors.toSet());
        }
    }

    /** The texts of the stored event, field by field (its toString hides them). */
    private static String carried(ReferralEvent stored) {
        if (stored instanceof ReferralDeclined declined) {
            return String.valueOf(declined.reason());
        }
        if (stored instanceof ReferralCompleted completed) {
            return String.valueOf(completed.note());
        }
        if (!(stored instanceof ReferralMade made)) {
            return "";
        }
        SubjectDetails subject = made.subject();
        PoliceContact police = made.policeContact();
        return String.join(" ", subject.name(), String.valueOf(subject.birthDate()), contactText(subject.contact()),
                subject.guardians().stream().map(guardian -> guardian.name() + " " + guardian.relation() + " "
                        + contactText(guardian.contact())).collect(Collectors.joining(" ")),
                made.helpNeeds().stream().map(need -> '"' + need.name() + '"').collect(Collectors.joining(" ")),
                String.valueOf(made.message()), police.name(), police.phone(), police.email(),
                made.provision() == null ? "" : made.provision().citation(),
                made.basis().consent() == null ? "" : made.basis().consent().givenAt().toString());
    }

    private static String contactText(ContactDetails contact) {
        return contact == null ? "" : contact.phone() + " " + contact.email() + " " + contact.address();
    }
}
