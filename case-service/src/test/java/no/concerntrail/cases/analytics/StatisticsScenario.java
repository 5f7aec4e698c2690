package no.concerntrail.cases.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.api.Api;
import no.concerntrail.testing.TestNationalIds;
import no.concerntrail.cases.messaging.ConversationTopic;
import no.concerntrail.cases.messaging.ReferralTopic;
import no.concerntrail.platform.police.PoliceTime;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Several simulated years of concern work, generated from a fixed seed and played through case-service as it happens
 * in production: concerns received, triaged, closed and reopened over REST (Axon's clock set to the simulated
 * moment), conversations and referrals published on their topics as conversation-service and referral-service publish
 * them. It keeps its own record of what it did ({@link #concerns}), from which the expected statistics are computed,
 * and plants unique names, numbers, contacts and texts in every field that may never reach an analyst.
 */
final class StatisticsScenario {

    static final Instant START = Instant.parse("2011-01-01T00:00:00Z");
    /** Every simulated moment falls before this. */
    static final Instant END = Instant.parse("2014-06-01T00:00:00Z");
    static final List<String> DISTRICTS = List.of("OSLO", "SOR_OST");
    static final List<String> KINDS = List.of("concern", "clarification", "follow-up");
    static final List<String> AGENCIES = List.of("child-welfare", "nav");
    private static final List<String> LEVELS = List.of("LOW", "MODERATE", "HIGH");

    record Person(String name, LocalDate birthDate, String nationalId) {
    }

    /**
     * A conversation as the scenario had it: when planned, held or declined, by whom, with what outcome, and the
     * concern's district when it was planned.
     */
    record Conversation(String kind, boolean mandatory, boolean adult, Instant planned, Instant held, String heldBy,
                        String outcome, Instant declined, String district) {
    }

    /**
     * A referral: when made and first answered, where it stands (MADE, ACKNOWLEDGED, ... WITHDRAWN), and the
     * concern's district when it was made.
     */
    record Referral(String agency, String basis, Instant made, Instant firstAnswer, String state, String district) {
    }

    /** A concern as the scenario had it. */
    static final class Concern {
        UUID id;
        Person person;
        /** where it was received */
        String district;
        /** where it belongs now: another district's after a transfer */
        String current;
        Instant received;
        Instant firstConversation;
        Instant firstLowered;
        Instant closed;
        boolean reopened;
        final List<Conversation> conversations = new ArrayList<>();
        final List<Referral> referrals = new ArrayList<>();
    }

    final List<Concern> concerns = new ArrayList<>();
    /** Every value that must never reach an analyst. */
    final Set<String> planted = new HashSet<>();
    /** How many events were published on the other services' topics. */
    private int reported;

    private final Random random;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final List<Person> persons = new ArrayList<>();

    StatisticsScenario(long seed, int personCount) {
        this.random = new Random(seed);
        Set<LocalDate> births = new HashSet<>();
        for (int i = 0; i < personCount; i++) {
            LocalDate birthDate;
            do { // one national identity number per birth date: a person's date is theirs alone
                birthDate = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(365 * 20));
            } while (!births.add(birthDate));
            String name = "Navn" + i + run + " Etternavn" + i + run;
            // a fifth has no identity number: their pseudonym is made from name and birth date
            String nationalId = random.nextInt(5) == 0 ? null : TestNationalIds.forBirthDate(birthDate);
            persons.add(new Person(name, birthDate, nationalId));
            planted.add(name);
            if (nationalId != null) {
                planted.add(nationalId);
            }
            planted.add(birthDate.toString());
        }
    }

    /** Plays {@code count} concerns through case-service, then waits until it has taken in every reported event. */
    void play(int count, DataSource database) throws Exception {
        try {
            for (int i = 0; i < count; i++) {
                concerns.add(playConcern(i));
            }
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> timelineEntries(database) >= reported);
        assertThat(timelineEntries(database)).isEqualTo(reported);
    }

    private Concern playConcern(int index) {
        Concern concern = new Concern();
        concern.person = persons.get(random.nextInt(persons.size()));
        concern.district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        concern.current = concern.district;
        Instant at = START.plusSeconds(random.nextInt((int) Duration.ofDays(365 * 3 - 120).toSeconds()));
        concern.received = at;
        String officer = "Betjent" + index + run;
        planted.add(officer);
        at(at);
        concern.id = UUID.fromString(caseWorker(concern, officer).body(report(concern.person, index))
                .post("/concerns").then().statusCode(201).extract().path("concernId"));

        at = at.plus(days(1, 5));
        at(at);
        if (random.nextInt(100) < 15) {
            String reason = "Triagegrunn" + index + run;
            planted.add(reason);
            teamLead(concern).body(Map.of("outcome", random.nextBoolean() ? "NOT_A_CONCERN" : "MISGUIDED",
                    "reason", reason)).post("/concerns/{id}/triage", concern.id).then().statusCode(200);
            concern.closed = at;
            return concern;
        }
        teamLead(concern).body(Map.of("outcome", "ADOPTED")).post("/concerns/{id}/triage", concern.id).then()
                .statusCode(200);
        teamLead(concern).body(Map.of("assignee", officer)).post("/concerns/{id}/assign", concern.id).then()
                .statusCode(200);
        if (random.nextInt(100) < 12) { // the person moves: the concern goes to the other district, its officer with it
            String reason = "Flyttet" + index + run;
            planted.add(reason);
            concern.current = DISTRICTS.get(1 - DISTRICTS.indexOf(concern.district));
            teamLead(concern).body(Map.of("district", concern.current, "reason", reason))
                    .post("/concerns/{id}/transfer", concern.id).then().statusCode(200);
        }

        at = conversations(concern, officer, at);
        at = referrals(concern, officer, at);
        if (random.nextBoolean()) {
            at = at.plus(days(1, 60));
            at(at);
            String reason = "Lukkegrunn" + index + run;
            planted.add(reason);
            caseWorker(concern, officer).body(Map.of("reason", reason)).post("/concerns/{id}/close", concern.id)
                    .then().statusCode(200);
            concern.closed = at;
            if (random.nextInt(100) < 30) {
                at(at.plus(days(10, 90)));
                caseWorker(concern, officer).body(Map.of("reason", "Gjenåpnet " + index + run))
                        .post("/concerns/{id}/reopen", concern.id).then().statusCode(200);
                planted.add("Gjenåpnet " + index + run);
                concern.reopened = true;
            }
        }
        return concern;
    }

    /** None, one or two conversations; an adult may decline; an outcome that changes the level is waited for. */
    private Instant conversations(Concern concern, String officer, Instant from) {
        Instant at = from;
        String level = "MODERATE";
        for (int n = random.nextInt(3); n > 0; n--) {
            at = at.plus(days(2, 20));
            String conversationId = UUID.randomUUID().toString();
            boolean adult = PoliceTime.age(concern.person.birthDate(), at) >= 18;
            boolean mandatory = !adult && random.nextBoolean();
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            Map<String, Object> planned = ConversationTopic.planned(conversationId, concern.id.toString());
            planned.putAll(Map.of("kind", kind, "mandatory", mandatory, "actor", officer, "at", at,
                    "plannedStart", at.plus(7, ChronoUnit.DAYS)));
            planned.put("summonsGround", mandatory ? "UNDER_18_PUNISHABLE_ACT" : null);
            publishConversation("ConversationPlanned", concern, planned);
            Instant plannedAt = at;
            if (adult && random.nextInt(100) < 30) {
                at = at.plus(Duration.ofDays(1));
                Map<String, Object> declined = ConversationTopic.cancelled(conversationId, concern.id.toString());
                declined.putAll(Map.of("actor", officer, "at", at));
                publishConversation("ConversationDeclined", concern, declined);
                concern.conversations.add(new Conversation(kind, mandatory, adult, plannedAt, null, null, null, at,
                        concern.current));
                continue;
            }
            at = at.plus(days(1, 10));
            String heldBy = random.nextBoolean() ? "POLICE_OFFICER" : "TRUSTED_PERSON";
            String outcome = List.of("LOWERED", "RAISED", "UNCHANGED").get(random.nextInt(3));
            String newLevel = "LOWERED".equals(outcome) ? step(level, -1) : "RAISED".equals(outcome) ? step(level, 1)
                    : null;
            if (!"UNCHANGED".equals(outcome) && newLevel == null) {
                outcome = "UNCHANGED"; // no lower than LOW, no higher than HIGH
            }
            String guide = "Veileder" + conversationId.substring(0, 8) + run;
            planted.add(guide);
            Map<String, Object> held = ConversationTopic.held(conversationId, concern.id.toString(), outcome,
                    newLevel);
            held.putAll(Map.of("kind", kind, "heldBy", heldBy, "actor", officer, "at", at, "startedAt",
                    at.minus(1, ChronoUnit.HOURS), "endedAt", at, "rightsNoticeGivenAt", at.minus(1, ChronoUnit.HOURS)));
            held.put("trustedPersonRole", "TRUSTED_PERSON".equals(heldBy) ? "TEACHER" : null);
            held.put("guidingOfficer", "TRUSTED_PERSON".equals(heldBy) ? guide : null);
            at(at); // the level change case-service makes of it is stamped now
            publishConversation("ConversationHeld", concern, held);
            concern.conversations.add(new Conversation(kind, mandatory, adult, plannedAt, at, heldBy, outcome, null,
                    concern.current));
            concern.firstConversation = concern.firstConversation == null ? at : concern.firstConversation;
            if (newLevel != null) {
                String expected = newLevel;
                Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() ->
                        expected.equals(caseWorker(concern, officer).get("/concerns/{id}", concern.id).then()
                                .statusCode(200).extract().path("level")));
                level = newLevel;
                if ("LOWERED".equals(outcome) && concern.firstLowered == null) {
                    concern.firstLowered = at;
                }
            }
        }
        return at;
    }

    /** Sometimes a referral, which the partner may answer, accept, complete or decline, or the police withdraw. */
    private Instant referrals(Concern concern, String officer, Instant from) {
        if (random.nextInt(100) >= 45) {
            return from;
        }
        Instant made = from.plus(days(1, 15));
        String referralId = UUID.randomUUID().toString();
        String concernId = concern.id.toString();
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        String basis = random.nextBoolean() ? "CONSENT" : "DUTY_TO_NOTIFY";
        Map<String, Object> body = ReferralTopic.made(referralId, concernId);
        body.putAll(Map.of("agency", agency, "basis", basis, "actor", officer, "at", made));
        if ("CONSENT".equals(basis)) {
            body.put("provision", null);
            body.put("citation", null);
        }
        publishReferral("ReferralMade", body);
        Instant at = made;
        Instant firstAnswer = null;
        String state = "MADE";
        if (random.nextInt(100) < 80) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(240)));
            firstAnswer = at;
            publishReferral("ReferralAcknowledged", answer(referralId, concernId, agency, at));
            state = "ACKNOWLEDGED";
            int next = random.nextInt(100);
            if (next < 60) {
                at = at.plus(days(1, 5));
                publishReferral("ReferralAccepted", answer(referralId, concernId, agency, at));
                state = "ACCEPTED";
                if (random.nextBoolean()) {
                    at = at.plus(days(5, 60));
                    publishReferral("ReferralCompleted", written(answer(referralId, concernId, agency, at), "note",
                            "Notat" + referralId));
                    state = "COMPLETED";
                }
            } else if (next < 80) {
                at = at.plus(days(1, 5));
                publishReferral("ReferralDeclined", written(answer(referralId, concernId, agency, at), "reason",
                        "Avslag" + referralId));
                state = "DECLINED";
            }
        } else if (random.nextInt(100) < 30) {
            at = at.plus(days(5, 20));
            publishReferral("ReferralWithdrawn", written(answer(referralId, concernId, agency, at), "reason",
                    "Trukket" + referralId));
            state = "WITHDRAWN";
        }
        concern.referrals.add(new Referral(agency, basis, made, firstAnswer, state, concern.current));
        return at;
    }

    /** The body with a text of its own, planted, in {@code field}. */
    private Map<String, Object> written(Map<String, Object> body, String field, String text) {
        String unique = text + run;
        planted.add(unique);
        body.put(field, unique);
        return body;
    }

    private static Map<String, Object> answer(String referralId, String concernId, String agency, Instant at) {
        Map<String, Object> body = ReferralTopic.answered(referralId, concernId);
        body.putAll(Map.of("agency", agency, "at", at));
        return body;
    }

    private void publishConversation(String name, Concern concern, Map<String, Object> body) {
        ConversationTopic.publish(name, concern.id.toString(), body);
        reported++;
    }

    private void publishReferral(String name, Map<String, Object> body) {
        ReferralTopic.REFERRALS.publish(name, (String) body.get("concernId"), body);
        reported++;
    }

    /** A concern about the person, with a reporter, contact and summary of its own. */
    private Map<String, Object> report(Person person, int index) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("name", person.name());
        subject.put("birthDate", person.birthDate().toString());
        subject.put("nationalIdentityNumber", person.nationalId());
        subject.put("municipality", "Drammen");
        String reporter = "Melder" + index + run;
        String contact = "melder" + index + run + "@example.no";
        String summary = "Sammendrag" + index + run;
        planted.addAll(List.of(reporter, contact, summary));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "SCHOOL");
        body.put("reporter", Map.of("name", reporter, "contact", contact, "relation", "teacher"));
        body.put("subject", subject);
        body.put("category", "VIOLENT_EXTREMISM");
        body.put("summary", summary);
        body.put("level", "MODERATE");
        return body;
    }

    private static RequestSpecification caseWorker(Concern concern, String officer) {
        return Api.inDistrict(concern.district, officer, Api.CASE_WORKER);
    }

    private static RequestSpecification teamLead(Concern concern) {
        return Api.inDistrict(concern.district, "leder-" + concern.district.toLowerCase(), Api.TEAM_LEAD);
    }

    private Duration days(int least, int most) {
        return Duration.ofDays(least + random.nextInt(most - least + 1)).plusSeconds(random.nextInt(86_400));
    }

    private static void at(Instant moment) {
        GenericEventMessage.clock = Clock.fixed(moment, ZoneOffset.UTC);
    }

    /** The level one step lower or higher, or null when there is none. */
    private static String step(String level, int by) {
        int to = LEVELS.indexOf(level) + by;
        return to < 0 || to >= LEVELS.size() ? null : LEVELS.get(to);
    }

    /** The timeline entries case-service has made of the scenario's reported events so far. */
    private long timelineEntries(DataSource database) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM concern_timeline WHERE concern_id = ANY (?)")) {
            Array ids = connection.createArrayOf("uuid", concerns.stream().map(c -> c.id).toArray());
            count.setArray(1, ids);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
