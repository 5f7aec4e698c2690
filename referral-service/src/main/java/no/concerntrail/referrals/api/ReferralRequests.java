package no.concerntrail.referrals.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import no.concerntrail.referrals.domain.SubjectDetails;

/**
 * The request bodies. They check shape (lengths, sizes); the rules of referral work (the legal basis, who may consent,
 * what a minor's referral names) are the domain's, so a missing basis or consent detail reaches the caller by its
 * rule's name rather than as a malformed request. An unknown field is refused.
 */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    /**
     * @param agency         a configured partner agency's id, e.g. {@code child-welfare}
     * @param basis          why the police may tell the agency; without one nothing is shared
     * @param conversationId the conversation that mapped the help needs, or none
     * @param message        a short message for the partner, or none
     * @param subject        the person as the officer confirms them: exactly what the partner may be given
     */
    public record Make(@NotNull UUID concernId,
                       @NotBlank @Size(max = 40) String agency,
                       @Valid Basis basis,
                       @Size(max = 9) List<HelpNeed> helpNeeds,
                       UUID conversationId,
                       @Size(max = 2000) String message,
                       @NotNull @Valid Subject subject,
                       @NotNull @Valid Officer policeContact) {

        /** The subject's details stay out of logs. */
        @Override
        public String toString() {
            return "Make[concernId=" + concernId + ", agency=" + agency + ", personal data]";
        }
    }

    /** @param provision the configured id of a duty or exception, e.g. {@code child-welfare-act-13-2} */
    public record Basis(BasisKind kind, @Valid ConsentDetails consent, @Size(max = 100) String provision) {
        LegalBasis toDomain() {
            return new LegalBasis(kind, consent == null ? null : consent.toDomain(), provision);
        }
    }

    /** @param guardians the names of the guardians who consented, for GUARDIANS */
    public record ConsentDetails(ConsentGiver givenBy,
                                 @Size(max = 4) List<@Size(max = 200) String> guardians,
                                 Instant givenAt,
                                 ConsentForm form) {
        Consent toDomain() {
            return new Consent(givenBy, guardians, givenAt, form);
        }
    }

    /**
     * @param contact   how the partner reaches an adult; a minor is reached through the guardians
     * @param guardians a minor's guardians with their contact
     */
    public record Subject(@Size(max = 200) String name,
                          LocalDate birthDate,
                          @Valid Contact contact,
                          @Size(max = 4) List<@NotNull @Valid Guardian> guardians) {
        SubjectDetails toDomain() {
            return new SubjectDetails(name, birthDate, contact == null ? null : contact.toDomain(),
                    guardians == null ? List.of() : guardians.stream().map(Guardian::toDomain).toList());
        }
    }

    public record Contact(@Size(max = 50) String phone, @Size(max = 200) String email, @Size(max = 500) String address) {
        ContactDetails toDomain() {
            return new ContactDetails(phone, email, address);
        }
    }

    public record Guardian(@Size(max = 200) String name, @Size(max = 100) String relation, @Valid Contact contact) {
        GuardianContact toDomain() {
            return new GuardianContact(name, relation, contact == null ? null : contact.toDomain());
        }
    }

    /** The officer the partner talks to about the referral. */
    public record Officer(@Size(max = 200) String name, @Size(max = 50) String phone, @Size(max = 200) String email) {
        PoliceContact toDomain() {
            return new PoliceContact(name, phone, email);
        }
    }

    /** Withdrawing (the police) or declining (the partner): the reason is required by the rules, so named by them. */
    public record WithReason(@Size(max = 2000) String reason) {
    }

    /** Completing: what the partner wants the police to know at the end, if anything. */
    public record WithNote(@Size(max = 2000) String note) {
    }

    public record Notified(Instant notifiedAt, NotificationMethod method) {
    }

    /** @param until the day telling the subject is put off until */
    public record Deferred(@Size(max = 2000) String reason, LocalDate until) {
    }
}
