package no.concerntrail.referrals.messaging;

import static no.concerntrail.referrals.api.Api.adultBirthDate;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.etag;
import static no.concerntrail.referrals.api.Api.minorBirthDate;
import static no.concerntrail.referrals.api.Api.openConcern;
import static no.concerntrail.referrals.api.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.referrals.ReferralServiceInfra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Over the real broker, a generated scenario (fixed seed): referrals to every agency under every basis its default
 * policy allows, each with a unique value planted in every field (the subject's identity and contact, the guardians,
 * the message, the police contact, the consenting guardians, the conversation), then answered, withdrawn, told or
 * deferred, each with a unique reason. Every record of every partner topic is then read with that agency's own login:
 * no record is about another agency's referral, no JSON path lies outside the agency's policy for the referral's basis
 * (the policy written out here from the README's table, not read from the service), and no planted value appears
 * that the agency may not have: another referral's, a field outside its policy, the concern, the conversation, the
 * consenting guardians, the police's reasons for withdrawing or deferring.
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class PartnerTopicsScanTest {

    private static final int PER_BASIS = 5;
    private static final List<String> ALL = List.of("subject-name", "subject-birth-date", "subject-contact", "guardians",
            "help-needs", "message", "police-contact", "legal-basis");
    /** The README's defaults: agency → basis → fields. */
    private static final Map<String, Map<String, List<String>>> POLICY = Map.of(
            "child-welfare", Map.of("CONSENT", ALL, "DUTY_TO_NOTIFY", ALL),
            "nav", Map.of("CONSENT", without(ALL, "guardians")),
            "school", Map.of("CONSENT", without(ALL, "subject-contact")),
            "health", Map.of("CONSENT", ALL),
            "slt", Map.of("CONSENT", ALL, "CONFIDENTIALITY_EXCEPTION",
                    List.of("subject-name", "subject-birth-date", "police-contact", "legal-basis")));
    private static final Map<String, String> PATH = Map.of("subject-name", "subject.name", "subject-birth-date",
            "subject.birthDate", "subject-contact", "subject.contact", "guardians", "subject.guardians",
            "help-needs", "helpNeeds", "message", "message", "police-contact", "policeContact",
            "legal-basis", "legalBasis");
    /** In every partner event, and the partner's own words on its answers. */
    private static final Set<String> ALWAYS = Set.of("referralId", "agency", "status", "at", "reason", "note");

    /** One referral made: its agency and basis, the values planted per field, and those that may never leave. */
    record Planted(String id, String agency, String basis, Map<String, List<String>> byField, List<String> never,
                   List<String> partnersOwn, int events) {
    }

    private final Random random = new Random(20261205);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noPartnerTopicHoldsAFieldOrValueOutsideItsAgencysPolicy() throws Exception {
        List<Planted> planted = new ArrayList<>();
        POLICY.forEach((agency, bases) -> bases.keySet().forEach(basis -> {
            boolean minor = !agency.equals("nav") && !basis.equals("CONFIDENTIALITY_EXCEPTION")
                    && (!agency.equals("slt") && !agency.equals("health") || random.nextBoolean());
            LocalDate birthDate = minor ? minorBirthDate() : adultBirthDate();
            UUID concernId = openConcern(birthDate);
            for (int i = 0; i < PER_BASIS; i++) {
                planted.add(refer(concernId, agency, basis, birthDate, minor, i));
            }
        }));

        List<String> everything = planted.stream().flatMap(p -> p.byField().values().stream().flatMap(List::stream))
                .toList();
        for (String agency : POLICY.keySet()) {
            Map<String, Planted> ours = new HashMap<>();
            planted.stream().filter(p -> p.agency().equals(agency)).forEach(p -> ours.put(p.id(), p));
            List<ConsumerRecord<String, byte[]>> records = PartnerTopic.read(agency, found -> ours.values().stream()
                    .allMatch(p -> found.stream().filter(r -> p.id().equals(r.key())).count() >= p.events()));
            for (ConsumerRecord<String, byte[]> record : records) {
                Planted referral = ours.get(record.key());
                if (referral == null) {
                    // an earlier test's referral to this agency: it must still be this agency's
                    assertThat(json.readTree(record.value()).path("agency").asText()).isEqualTo(agency);
                    continue;
                }
                check(record, referral, planted, everything);
            }
        }
    }

    private void check(ConsumerRecord<String, byte[]> record, Planted referral, List<Planted> planted,
                       List<String> everything) throws Exception {
        JsonNode body = json.readTree(record.value());
        assertThat(body.path("agency").asText()).isEqualTo(referral.agency());
        List<String> allowedPaths = new ArrayList<>(ALWAYS);
        POLICY.get(referral.agency()).get(referral.basis()).forEach(field -> allowedPaths.add(PATH.get(field)));
        for (String path : leaves(body, "")) {
            assertThat(allowedPaths).as("%s on %s under %s", path, referral.agency(), referral.basis())
                    .anyMatch(allowed -> path.equals(allowed) || path.startsWith(allowed + ".")
                            || path.startsWith(allowed + "["));
        }
        List<String> mayHave = new ArrayList<>(referral.partnersOwn());
        POLICY.get(referral.agency()).get(referral.basis())
                .forEach(field -> mayHave.addAll(referral.byField().getOrDefault(field, List.of())));
        StringBuilder raw = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8)).append(record.key());
        for (Header header : record.headers()) {
            raw.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
        }
        String text = raw.toString();
        for (String value : everything) {
            if (!mayHave.contains(value)) {
                assertThat(text).as("%s on %s", value, referral.agency()).doesNotContain(value);
            }
        }
        for (Planted any : planted) {
            any.never().forEach(value -> assertThat(text).doesNotContain(value));
            if (any != referral) {
                any.partnersOwn().forEach(value -> assertThat(text).doesNotContain(value));
            }
        }
    }

    /** Makes one referral with unique values everywhere, then takes it down one of four paths. */
    private Planted refer(UUID concernId, String agency, String basis, LocalDate birthDate, boolean minor, int i) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        String name = unique("Name");
        byField.put("subject-name", List.of(name));
        Map<String, Object> subject = new LinkedHashMap<>(Map.of("name", name, "birthDate", birthDate.toString()));
        Map<String, Object> contact = contact();
        subject.put("contact", contact);
        byField.put("subject-contact", new ArrayList<>(contact.values().stream().map(Object::toString).toList()));
        if (minor) {
            String guardian = unique("Guardian");
            Map<String, Object> guardianContact = contact();
            subject.put("guardians", List.of(Map.of("name", guardian, "relation", unique("relation"),
                    "contact", guardianContact)));
            List<String> guardians = new ArrayList<>(List.of(guardian));
            guardianContact.values().forEach(value -> guardians.add(value.toString()));
            byField.put("guardians", guardians);
        }
        String conversation = UUID.randomUUID().toString();
        String consenting = unique("Consenting");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concernId", concernId.toString());
        body.put("agency", agency);
        body.put("basis", basis(agency, basis, minor, consenting));
        body.put("subject", subject);
        String officer = unique("Officer");
        String officerMail = unique("officer") + "@politiet.no";
        body.put("policeContact", Map.of("name", officer, "phone", "+47 " + digits(), "email", officerMail));
        byField.put("police-contact", List.of(officer, officerMail));
        if (!basis.equals("CONFIDENTIALITY_EXCEPTION")) {
            String message = unique("Message");
            body.put("message", message);
            body.put("helpNeeds", List.of("EDUCATION", "HOUSING"));
            body.put("conversationId", conversation);
            byField.put("message", List.of(message));
        }
        String id = caseWorker().body(body).post("/referrals").then().statusCode(201).extract().path("referralId");

        List<String> never = new ArrayList<>(List.of(concernId.toString(), conversation, consenting));
        List<String> partnersOwn = new ArrayList<>();
        int events = 1;
        switch (i % 4) {
            case 0 -> {
                String reason = unique("Withdrawn");
                caseWorker().body(Map.of("reason", reason)).post("/referrals/{id}/withdraw", id).then().statusCode(200);
                never.add(reason);
                events++;
            }
            case 1 -> {
                answer(agency, id, "acknowledge", null);
                String reason = unique("Declined");
                answer(agency, id, "decline", Map.of("reason", reason));
                partnersOwn.add(reason);
                events += 2;
            }
            case 2 -> {
                answer(agency, id, "acknowledge", null);
                answer(agency, id, "accept", null);
                String note = unique("Completed");
                answer(agency, id, "complete", Map.of("note", note));
                partnersOwn.add(note);
                events += 3;
            }
            default -> {
                String reason = unique("Deferred");
                caseWorker().body(Map.of("reason", reason, "until", LocalDate.now().plusDays(30).toString()))
                        .post("/referrals/{id}/notification-deferred", id).then().statusCode(200);
                never.add(reason);
            }
        }
        return new Planted(id, agency, basis, byField, never, partnersOwn, events);
    }

    private static Map<String, Object> basis(String agency, String basis, boolean minor, String consenting) {
        return switch (basis) {
            case "CONSENT" -> Map.of("kind", basis, "consent", minor
                    ? Map.of("givenBy", "GUARDIANS", "guardians", List.of(consenting), "givenAt", yesterday(),
                    "form", "WRITTEN")
                    : Map.of("givenBy", "SUBJECT", "givenAt", yesterday(), "form", "ORAL"));
            case "DUTY_TO_NOTIFY" -> Map.of("kind", basis, "provision", "child-welfare-act-13-2");
            default -> Map.of("kind", basis, "provision", "police-records-act-27-3");
        };
    }

    private static void answer(String agency, String id, String answer, Map<String, Object> body) {
        var request = partner(agency).header("If-Match", etag(agency, id));
        (body == null ? request : request.body(body)).post("/partner/referrals/{id}/" + answer, id).then()
                .statusCode(200);
    }

    private Map<String, Object> contact() {
        return new LinkedHashMap<>(Map.of("phone", "+47 " + digits(), "email", unique("mail") + "@example.no",
                "address", unique("Street") + " 1, 0155 Oslo"));
    }

    private String unique(String prefix) {
        return prefix + "-" + Long.toString(Math.abs(random.nextLong()), 36);
    }

    private String digits() {
        return String.valueOf(10_000_000 + random.nextInt(89_999_999));
    }

    private static String yesterday() {
        return Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static List<String> without(List<String> fields, String field) {
        return fields.stream().filter(f -> !f.equals(field)).toList();
    }

    /** Every leaf's path, e.g. {@code subject.guardians[0].contact.phone}. */
    private static List<String> leaves(JsonNode node, String path) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> leaves.addAll(
                    leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves.addAll(leaves(node.get(i), path + "[" + i + "]"));
            }
        } else {
            leaves.add(path);
        }
        return leaves;
    }
}
