package no.concerntrail.referrals.messaging;

import static no.concerntrail.referrals.api.Api.adultBirthDate;
import static no.concerntrail.referrals.api.Api.caseWorker;
import static no.concerntrail.referrals.api.Api.consentToNav;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;
import no.concerntrail.referrals.CaseEventsFeed;
import no.concerntrail.referrals.ReferralServiceInfra;
import no.concerntrail.referrals.domain.ConcernAsKnown;
import no.concerntrail.referrals.projection.KnownConcerns;
import org.junit.jupiter.api.Test;

/**
 * referral-service learns of concerns from concerntrail.case.events: whether case-service adopted them and whether
 * they are closed, the subject's birth date, and the district and assignee need-to-know decides by.
 */
@QuarkusTest
@TestProfile(ReferralServiceInfra.class)
class CaseEventsReaderTest {

    @Inject
    KnownConcerns known;

    @Test
    void aReceivedConcernIsKnownButNotReferredUntilAdopted() {
        LocalDate birthDate = adultBirthDate();
        UUID concernId = CaseEventsFeed.received(birthDate, "OSLO");
        awaitConcern(concernId, concern -> true);
        assertThat(known.find(concernId)).hasValue(new ConcernAsKnown(false, false, birthDate, false));
        assertThat(known.belonging(concernId)).hasValueSatisfying(belonging -> {
            assertThat(belonging.district()).isEqualTo("OSLO");
            assertThat(belonging.assignee()).isNull();
        });
        caseWorker().body(consentToNav(concernId)).post("/referrals").then().statusCode(409)
                .body("rule", equalTo("referral-needs-adopted-concern"));

        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        awaitConcern(concernId, ConcernAsKnown::adopted);
        caseWorker().body(consentToNav(concernId)).post("/referrals").then().statusCode(201);
    }

    @Test
    void aConcernTriagedAsNoConcernIsClosedAndNeverAdopted() {
        UUID concernId = CaseEventsFeed.received(adultBirthDate(), "OSLO");
        CaseEventsFeed.triaged(concernId, "NOT_A_CONCERN", "CLOSED");
        awaitConcern(concernId, ConcernAsKnown::closed);
        assertThat(known.find(concernId)).hasValueSatisfying(concern -> assertThat(concern.adopted()).isFalse());
    }

    @Test
    void anAdoptedConcernStaysAdoptedWhenClosedAndIsOpenAgainWhenReopened() {
        UUID concernId = CaseEventsFeed.received(adultBirthDate(), "OSLO");
        CaseEventsFeed.triaged(concernId, "ADOPTED", "OPEN");
        CaseEventsFeed.closed(concernId);
        awaitConcern(concernId, concern -> concern.adopted() && concern.closed());
        CaseEventsFeed.reopened(concernId);
        awaitConcern(concernId, concern -> concern.adopted() && !concern.closed());
    }

    @Test
    void theAssigneeAndATransferMoveWhoMaySeeIt() {
        UUID concernId = CaseEventsFeed.received(adultBirthDate(), "OSLO");
        CaseEventsFeed.assigned(concernId, "officer-siri");
        CaseEventsFeed.transferred(concernId, "SOR_OST");
        await().atMost(Duration.ofSeconds(30)).until(() -> known.belonging(concernId)
                .map(belonging -> "SOR_OST".equals(belonging.district())
                        && "officer-siri".equals(belonging.assignee())).orElse(false));
    }

    private void awaitConcern(UUID concernId, Predicate<ConcernAsKnown> state) {
        await().atMost(Duration.ofSeconds(30)).until(() -> known.find(concernId).map(state::test).orElse(false));
    }
}
