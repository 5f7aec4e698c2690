package no.concerntrail.referrals.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The JSON body of a partner event, version 1: the envelope (referral id, agency, status, time) and, where the
 * agency's policy allows and there is a value, the fields at the paths {@link PartnerField} names. A field not
 * allowed is null here and absent from the JSON (NON_NULL: the platform's contract mapper writes nulls); it never
 * appears as null, so a partner cannot even tell which fields exist. Its own records, mapped field by field from the
 * domain's, so a field added to a domain value never reaches a partner by itself.
 *
 * @param status MADE, ACKNOWLEDGED, ACCEPTED, DECLINED, COMPLETED, WITHDRAWN or ERASED: where the referral stands now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerReferralData(UUID referralId, String agency, String status, Instant at, Subject subject,
                                  List<String> helpNeeds, String message, PoliceContact policeContact,
                                  LegalBasis legalBasis, String reason, String note) {

    /** The envelope alone: a status change. */
    public static PartnerReferralData status(UUID referralId, String agency, String status, Instant at) {
        return new PartnerReferralData(referralId, agency, status, at, null, null, null, null, null, null, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subject(String name, LocalDate birthDate, Contact contact, List<Guardian> guardians) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String phone, String email, String address) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Guardian(String name, String relation, Contact contact) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PoliceContact(String name, String phone, String email) {
    }

    /**
     * @param kind     CONSENT, DUTY_TO_NOTIFY or CONFIDENTIALITY_EXCEPTION
     * @param citation the provision of a duty or exception, e.g. {@code barnevernsloven § 13-2}; null for consent
     * @param consent  who consented, when and how; null for a duty or exception
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LegalBasis(String kind, String citation, Consent consent) {
    }

    /** @param givenBy SUBJECT or GUARDIANS (their names are the guardians field's, not the basis's) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(String givenBy, Instant givenAt, String form) {
    }
}
