package no.concerntrail.referrals.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.domain.Consent;
import no.concerntrail.referrals.domain.ConsentForm;
import no.concerntrail.referrals.domain.ConsentGiver;
import no.concerntrail.referrals.domain.ContactDetails;
import no.concerntrail.referrals.domain.GuardianContact;
import no.concerntrail.referrals.domain.HelpNeed;
import no.concerntrail.referrals.domain.LegalBasis;
import no.concerntrail.referrals.domain.PoliceContact;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.SubjectDetails;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.messaging.PartnerReferralEvent;

/** A referral as the tests make it, and the partner event's JSON as the platform writes it. */
final class Referrals {

    static final UUID REFERRAL = UUID.fromString("6a1f1c52-7d0e-4d67-9f3b-2c8e0b7d4a11");
    static final UUID CONCERN = UUID.fromString("0c4b8e2a-51f7-4a3d-8e6b-93d1f2a7c640");
    static final UUID CONVERSATION = UUID.fromString("e7d2a9c1-3b54-4f86-a0e8-5c1b7f9d2e33");
    static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");
    static final Provision DUTY = new Provision("child-welfare-act-13-2", "barnevernsloven § 13-2", 0, 17, true);
    static final Provision EXCEPTION = new Provision("police-records-act-27-3",
            "politiregisterloven § 27 tredje ledd", 0, 120, false);
    static final SubjectDetails SUBJECT = new SubjectDetails("Ola Nordmann", LocalDate.parse("2011-04-17"),
            new ContactDetails("+47 400 00 001", "ola@example.no", "Storgata 1, 0155 Oslo"),
            List.of(new GuardianContact("Kari Nordmann", "mother", new ContactDetails("+47 400 00 002", null, null))));
    static final PoliceContact POLICE = new PoliceContact("Politibetjent Hansen", "+47 02800", "hansen@politiet.no");
    static final Consent GUARDIANS_CONSENT = new Consent(ConsentGiver.GUARDIANS, List.of("Kari Nordmann"),
            Instant.parse("2026-03-01T14:00:00Z"), ConsentForm.WRITTEN);

    /** The platform's contract mapper, as the publisher writes partner events with it. */
    private static final ObjectMapper JSON = ContractJson.mapper();

    private Referrals() {
    }

    static ReferralMade made(String agency, LegalBasis basis, Provision provision) {
        return new ReferralMade(REFERRAL, CONCERN, agency, basis, provision, List.of(HelpNeed.EDUCATION,
                HelpNeed.LEISURE), CONVERSATION, "Trenger hjelp med skolen", SUBJECT, POLICE, "officer-kari", AT);
    }

    static Entitlement entitlement(String agency, BasisKind basis, Set<PartnerField> fields) {
        Map<BasisKind, Set<PartnerField>> byBasis = new EnumMap<>(BasisKind.class);
        byBasis.put(basis, fields);
        return new Entitlement(agency, agency, Duration.ofDays(7), byBasis);
    }

    static String json(PartnerReferralEvent event) {
        try {
            return JSON.writeValueAsString(event.published().data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(PartnerReferralEvent event) {
        try {
            return JSON.readTree(json(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
