package no.concerntrail.referrals.erasure;

import static no.concerntrail.referrals.api.Api.CHILD_WELFARE;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.dutyToChildWelfare;
import static no.concerntrail.referrals.api.Api.make;
import static no.concerntrail.referrals.api.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.concerntrail.referrals.CaseEventsFeed;
import no.concerntrail.referrals.ReferralServiceInfra;
import no.concerntrail.referrals.api.Api;
import no.concerntrail.referrals.messaging.PartnerTopic;
import no.concerntrail.referrals.projection.KnownConcerns;
import no.concerntrail.testing.Planted;
import no.concerntrail.testing.ServiceDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * case-service erases a concern: referral-service, reading the erasure off the case topic, erases what it holds about
 * it and tells each partner the concern was referred to. Every value planted in the concern's referrals is then in no
 * row of any table, another concern's are intact, and the referrals still load, say they are erased and refuse every
 * command by its rule.
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class ConcernErasureTest {

    private static final ServiceDatabase REFERRALS = ServiceDatabase.of("referral-service");
    /** A birth date per concern, none shared with another test's: each concern's own planted value. */
    private static final AtomicInteger DAYS = new AtomicInteger(100 + new Random().nextInt(100));

    /** A concern referred to child welfare twice: declined with a reason, and deferred telling, planted values in all. */
    private record Referred(UUID concernId, String declined, String deferred, List<String> values) {
    }

    @Test
    void anErasedConcernsPlantedValuesAreInNoRowItsPartnerIsToldAndAnotherConcernIsIntact() throws Exception {
        Referred erased = referred();
        Referred kept = referred();
        assertThat(Planted.foundIn(storedEvents(), erased.values())).as("stored events hold personal data sealed")
                .isEmpty();

        CaseEventsFeed.erased(erased.concernId());
        awaitErased(erased.concernId());

        String everything = REFERRALS.everyRow();
        assertThat(Planted.foundIn(everything, erased.values())).as("the erased concern's values").isEmpty();
        assertThat(Planted.foundIn(everything, kept.values())).as("the other concern's values")
                .containsAll(kept.values());
        for (String referral : List.of(erased.declined(), erased.deferred())) {
            ConsumerRecord<String, byte[]> notice = PartnerTopic.read(CHILD_WELFARE, found -> found.stream()
                            .anyMatch(r -> isNotice(r, referral))).stream().filter(r -> isNotice(r, referral))
                    .findFirst().orElseThrow();
            assertThat(new String(notice.value())).contains("\"status\":\"ERASED\"").doesNotContain("concernId");
        }
    }

    @Test
    void theErasedConcernsReferralsStillLoadSaySoAndRefuseEveryCommand() {
        Referred erased = referred();
        CaseEventsFeed.erased(erased.concernId());
        awaitErased(erased.concernId());

        caseWorker().get("/referrals/{id}", erased.declined()).then().statusCode(200)
                .body("erased", equalTo(true)).body("status", equalTo("DECLINED"))
                .body("made.subject", nullValue()).body("made.message", nullValue())
                .body("answer.text", nullValue()).body("made.basis.kind", equalTo("DUTY_TO_NOTIFY"));
        partner(CHILD_WELFARE).get("/partner/referrals/{id}", erased.deferred()).then().statusCode(200)
                .body("subject", nullValue()).body("message", nullValue());
        partner(CHILD_WELFARE).header("If-Match", Api.etag(CHILD_WELFARE, erased.deferred()))
                .body(Map.of("reason", "Not ours")).post("/partner/referrals/{id}/decline", erased.deferred())
                .then().statusCode(409).body("rule", equalTo("erased-concern-is-final"));
        caseWorker().body(Map.of("notifiedAt", Instant.now().toString(), "method", "LETTER"))
                .post("/referrals/{id}/subject-notified", erased.deferred()).then().statusCode(409)
                .body("rule", equalTo("erased-concern-is-final"));
        caseWorker().body(dutyToChildWelfare(erased.concernId())).post("/referrals").then().statusCode(409)
                .body("rule", equalTo("erased-concern-is-final"));
    }

    private static boolean isNotice(ConsumerRecord<String, byte[]> record, String referral) {
        return referral.equals(record.key()) && PartnerTopic.header(record, "ce_type").endsWith("ReferralErased.v1");
    }

    private static void awaitErased(UUID concernId) {
        KnownConcerns known = Arc.container().instance(KnownConcerns.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> known.find(concernId).map(c -> c.erased()).orElse(false));
    }

    private static Referred referred() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LocalDate birthDate = LocalDate.now().minusYears(14).minusDays(DAYS.getAndIncrement());
        UUID concernId = Api.openConcern(birthDate);
        List<String> values = List.of("Subjectname" + unique, "Guardianname" + unique, "+47 9" + unique.substring(0, 7)
                        .replaceAll("[a-f]", "1"), "Messagetext" + unique, "Declinereason" + unique,
                "Deferreason" + unique);
        Map<String, Object> body = new LinkedHashMap<>(dutyToChildWelfare(concernId));
        body.put("message", values.get(3));
        body.put("subject", Map.of("name", values.get(0), "birthDate", birthDate.toString(),
                "guardians", List.of(Map.of("name", values.get(1), "relation", "mother",
                        "contact", Map.of("phone", values.get(2))))));
        String declined = make(body);
        partner(CHILD_WELFARE).header("If-Match", "\"0\"").body(Map.of("reason", values.get(4)))
                .post("/partner/referrals/{id}/decline", declined).then().statusCode(200);
        String deferred = make(body);
        caseWorker().body(Map.of("reason", values.get(5), "until", LocalDate.now().plusMonths(1).toString()))
                .post("/referrals/{id}/notification-deferred", deferred).then().statusCode(200);
        return new Referred(concernId, declined, deferred, values);
    }

    private static String storedEvents() throws Exception {
        return String.join("\n", REFERRALS.column("SELECT row_to_json(e)::text FROM domain_event_entry e"))
                + String.join("\n", REFERRALS.column("SELECT row_to_json(s)::text FROM snapshot_event_entry s"));
    }
}
