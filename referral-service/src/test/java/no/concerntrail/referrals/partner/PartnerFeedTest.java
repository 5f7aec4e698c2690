package no.concerntrail.referrals.partner;

import static no.concerntrail.referrals.partner.PartnerField.GUARDIANS;
import static no.concerntrail.referrals.partner.PartnerField.HELP_NEEDS;
import static no.concerntrail.referrals.partner.PartnerField.LEGAL_BASIS;
import static no.concerntrail.referrals.partner.PartnerField.MESSAGE;
import static no.concerntrail.referrals.partner.PartnerField.POLICE_CONTACT;
import static no.concerntrail.referrals.partner.PartnerField.SUBJECT_BIRTH_DATE;
import static no.concerntrail.referrals.partner.PartnerField.SUBJECT_CONTACT;
import static no.concerntrail.referrals.partner.PartnerField.SUBJECT_NAME;
import static no.concerntrail.referrals.partner.Referrals.AT;
import static no.concerntrail.referrals.partner.Referrals.CONCERN;
import static no.concerntrail.referrals.partner.Referrals.DUTY;
import static no.concerntrail.referrals.partner.Referrals.EXCEPTION;
import static no.concerntrail.referrals.partner.Referrals.GUARDIANS_CONSENT;
import static no.concerntrail.referrals.partner.Referrals.REFERRAL;
import static no.concerntrail.referrals.partner.Referrals.json;
import static no.concerntrail.referrals.partner.Referrals.made;
import static no.concerntrail.referrals.partner.Referrals.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.concerntrail.referrals.config.PartnerAgencies;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.domain.LegalBasis;
import no.concerntrail.referrals.domain.NotificationMethod;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.event.NotificationDeferred;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.domain.event.SubjectNotified;
import no.concerntrail.referrals.messaging.PartnerFeed;
import no.concerntrail.referrals.messaging.PartnerReferralEvent;
import org.junit.jupiter.api.Test;

/** What each default agency receives, per basis, for each stored referral event. */
class PartnerFeedTest {

    private static final Set<String> ENVELOPE = Set.of("referralId", "agency", "status", "at");

    private final PartnerAgencies agencies = Configured.defaults();

    private Entitlement agency(String id) {
        return agencies.entitlements().of(id).orElseThrow();
    }

    @Test
    void childWelfareUnderTheDutyToNotifyGetsTheWholeReferralButNoIntelligence() {
        PartnerReferralEvent event = PartnerFeed.toPartner(made("child-welfare", LegalBasis.duty(DUTY.id()), DUTY),
                agency("child-welfare")).orElseThrow();

        JsonNode body = tree(event);
        assertThat(event.type().ceType()).isEqualTo("no.concerntrail.partner.ReferralMade.v1");
        assertThat(event.included()).containsExactlyInAnyOrder(SUBJECT_NAME, SUBJECT_BIRTH_DATE, SUBJECT_CONTACT,
                GUARDIANS, HELP_NEEDS, MESSAGE, POLICE_CONTACT, LEGAL_BASIS);
        assertThat(body.get("referralId").asText()).isEqualTo(REFERRAL.toString());
        assertThat(body.get("status").asText()).isEqualTo("MADE");
        assertThat(body.get("at").asText()).isEqualTo(AT.toString());
        assertThat(body.at("/subject/name").asText()).isEqualTo("Ola Nordmann");
        assertThat(body.at("/subject/birthDate").asText()).isEqualTo("2011-04-17");
        assertThat(body.at("/subject/guardians/0/contact/phone").asText()).isEqualTo("+47 400 00 002");
        assertThat(body.at("/subject/guardians/0/contact").has("email")).isFalse();
        assertThat(body.get("helpNeeds")).extracting(JsonNode::asText).containsExactly("EDUCATION", "LEISURE");
        assertThat(body.at("/legalBasis/kind").asText()).isEqualTo("DUTY_TO_NOTIFY");
        assertThat(body.at("/legalBasis/citation").asText()).isEqualTo("barnevernsloven § 13-2");
        assertThat(json(event)).doesNotContain(CONCERN.toString(), Referrals.CONVERSATION.toString(),
                "officer-kari", DUTY.id(), "null");
        assertThat(event.published().subject()).isEqualTo(REFERRAL.toString());
    }

    @Test
    void sltUnderTheCrimePreventionExceptionGetsOnlyWhoThePersonIs() {
        PartnerReferralEvent event = PartnerFeed.toPartner(made("slt", LegalBasis.exception(EXCEPTION.id()),
                EXCEPTION), agency("slt")).orElseThrow();

        JsonNode body = tree(event);
        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("referralId", "agency", "status", "at",
                "subject", "policeContact", "legalBasis");
        assertThat(body.get("subject").fieldNames()).toIterable().containsExactlyInAnyOrder("name", "birthDate");
        assertThat(body.at("/legalBasis/citation").asText()).isEqualTo("politiregisterloven § 27 tredje ledd");
        assertThat(event.included()).containsExactlyInAnyOrder(SUBJECT_NAME, SUBJECT_BIRTH_DATE, POLICE_CONTACT,
                LEGAL_BASIS);
        assertThat(json(event)).doesNotContain("Trenger hjelp", "EDUCATION", "ola@example.no", "Kari", "null");
    }

    @Test
    void aDutyWhoseProvisionDoesNotCoverHelpNeedsLetsOnlyTheIdentityGo() {
        Provision identityOnly = new Provision("other-duty", "annen lov § 1", 0, 17, false);
        PartnerReferralEvent event = PartnerFeed.toPartner(made("child-welfare", LegalBasis.duty("other-duty"),
                identityOnly), agency("child-welfare")).orElseThrow();

        assertThat(tree(event).has("helpNeeds")).isFalse();
        assertThat(tree(event).has("message")).isFalse();
        assertThat(event.included()).doesNotContain(HELP_NEEDS, MESSAGE).contains(SUBJECT_NAME, GUARDIANS);
    }

    @Test
    void consentShowsWhoGaveItWhenAndHowButNotTheGuardiansNames() {
        PartnerReferralEvent event = PartnerFeed.toPartner(made("nav", LegalBasis.consent(GUARDIANS_CONSENT), null),
                agency("nav")).orElseThrow();

        JsonNode basis = tree(event).get("legalBasis");
        assertThat(basis.get("kind").asText()).isEqualTo("CONSENT");
        assertThat(basis.has("citation")).isFalse();
        assertThat(basis.at("/consent/givenBy").asText()).isEqualTo("GUARDIANS");
        assertThat(basis.at("/consent/givenAt").asText()).isEqualTo("2026-03-01T14:00:00Z");
        assertThat(basis.at("/consent/form").asText()).isEqualTo("WRITTEN");
        // Nav does not get the guardians, so no guardian's name may reach it through the consent either
        assertThat(json(event)).doesNotContain("Kari");
        assertThat(tree(event).at("/subject/contact/email").asText()).isEqualTo("ola@example.no");
    }

    @Test
    void theSchoolGetsTheGuardiansButNotThePupilsOwnContact() {
        PartnerReferralEvent event = PartnerFeed.toPartner(made("school", LegalBasis.consent(GUARDIANS_CONSENT),
                null), agency("school")).orElseThrow();

        assertThat(tree(event).get("subject").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("name", "birthDate", "guardians");
        assertThat(json(event)).doesNotContain("ola@example.no", "Storgata");
    }

    @Test
    void aReferralOnABasisTheAgencyIsNotEntitledToSendsNothing() {
        assertThat(PartnerFeed.toPartner(made("nav", LegalBasis.duty(DUTY.id()), DUTY), agency("nav"))).isEmpty();
        assertThat(PartnerFeed.toPartner(made("health", LegalBasis.exception(EXCEPTION.id()), EXCEPTION),
                agency("health"))).isEmpty();
    }

    @Test
    void anotherAgencysReferralNeverReachesThisAgency() {
        assertThat(PartnerFeed.toPartner(made("child-welfare", LegalBasis.duty(DUTY.id()), DUTY), agency("slt")))
                .isEmpty();
        assertThat(PartnerFeed.toPartner(new ReferralAccepted(REFERRAL, CONCERN, "nav", "nav-user", AT),
                agency("school"))).isEmpty();
    }

    @Test
    void noSubjectObjectWhenNoneOfItsFieldsIsAllowed() {
        Entitlement contactOnly = Referrals.entitlement("health", BasisKind.CONSENT, Set.of(POLICE_CONTACT));
        PartnerReferralEvent event = PartnerFeed.toPartner(made("health", LegalBasis.consent(GUARDIANS_CONSENT),
                null), contactOnly).orElseThrow();

        assertThat(tree(event).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("referralId", "agency", "status", "at", "policeContact");
    }

    @Test
    void thePartnersAnswersComeBackAsStatusChangesWithItsOwnWords() {
        Entitlement nav = agency("nav");
        PartnerReferralEvent acknowledged = PartnerFeed.toPartner(
                new ReferralAcknowledged(REFERRAL, CONCERN, "nav", "nav-user", AT), nav).orElseThrow();
        PartnerReferralEvent accepted = PartnerFeed.toPartner(
                new ReferralAccepted(REFERRAL, CONCERN, "nav", "nav-user", AT), nav).orElseThrow();
        PartnerReferralEvent declined = PartnerFeed.toPartner(
                new ReferralDeclined(REFERRAL, CONCERN, "nav", "Ikke vår målgruppe", "nav-user", AT), nav)
                .orElseThrow();
        PartnerReferralEvent completed = PartnerFeed.toPartner(
                new ReferralCompleted(REFERRAL, CONCERN, "nav", "Fått arbeidstrening", "nav-user", AT), nav)
                .orElseThrow();
        PartnerReferralEvent completedSilently = PartnerFeed.toPartner(
                new ReferralCompleted(REFERRAL, CONCERN, "nav", null, "nav-user", AT), nav).orElseThrow();

        assertThat(List.of(acknowledged, accepted, completedSilently)).allSatisfy(event -> {
            assertThat(tree(event).fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(ENVELOPE);
            assertThat(event.included()).isEmpty();
        });
        assertThat(tree(acknowledged).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(accepted.type().ceType()).isEqualTo("no.concerntrail.partner.ReferralAccepted.v1");
        assertThat(tree(declined).get("reason").asText()).isEqualTo("Ikke vår målgruppe");
        assertThat(declined.included()).containsExactly(PartnerField.DECLINE_REASON);
        assertThat(tree(completed).get("note").asText()).isEqualTo("Fått arbeidstrening");
        assertThat(tree(completed).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.included()).containsExactly(PartnerField.COMPLETION_NOTE);
        assertThat(List.of(acknowledged, accepted, declined, completed)).allSatisfy(event ->
                assertThat(json(event)).doesNotContain(CONCERN.toString(), "nav-user"));
    }

    @Test
    void aWithdrawalReachesThePartnerWithoutThePolicesReason() {
        PartnerReferralEvent withdrawn = PartnerFeed.toPartner(new ReferralWithdrawn(REFERRAL, CONCERN, "slt",
                "Ny etterretning tilsier at vi venter", "officer-kari", AT), agency("slt")).orElseThrow();

        assertThat(tree(withdrawn).fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(ENVELOPE);
        assertThat(tree(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.type().ceType()).isEqualTo("no.concerntrail.partner.ReferralWithdrawn.v1");
        assertThat(json(withdrawn)).doesNotContain("etterretning", "officer-kari");
    }

    @Test
    void tellingTheSubjectIsThePolicesOwnRecord() {
        Entitlement childWelfare = agency("child-welfare");
        assertThat(PartnerFeed.toPartner(new SubjectNotified(REFERRAL, CONCERN, "child-welfare", AT,
                NotificationMethod.LETTER, "officer-kari", AT), childWelfare)).isEmpty();
        assertThat(PartnerFeed.toPartner(new NotificationDeferred(REFERRAL, CONCERN, "child-welfare",
                "Vil skade forebyggingen", LocalDate.parse("2026-06-01"), "officer-kari", AT), childWelfare))
                .isEmpty();
    }
}
