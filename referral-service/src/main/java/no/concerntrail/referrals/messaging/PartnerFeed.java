package no.concerntrail.referrals.messaging;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import no.concerntrail.platform.events.EventType;
import no.concerntrail.referrals.contract.PartnerReferralData;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.domain.ContactDetails;
import no.concerntrail.referrals.domain.PoliceContact;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.domain.SubjectDetails;
import no.concerntrail.referrals.domain.event.ReferralAccepted;
import no.concerntrail.referrals.domain.event.ReferralAcknowledged;
import no.concerntrail.referrals.domain.event.ReferralCompleted;
import no.concerntrail.referrals.domain.event.ReferralDeclined;
import no.concerntrail.referrals.domain.event.ReferralErased;
import no.concerntrail.referrals.domain.event.ReferralEvent;
import no.concerntrail.referrals.domain.event.ReferralMade;
import no.concerntrail.referrals.domain.event.ReferralWithdrawn;
import no.concerntrail.referrals.partner.Entitlement;
import no.concerntrail.referrals.partner.PartnerField;

/**
 * What a partner receives for each stored referral event: a pure function of the event and the agency's
 * entitlement. Fields are picked in, never filtered out, so whatever is not picked stays with the police.
 */
public final class PartnerFeed {

    private PartnerFeed() {
    }

    /**
     * The partner event for {@code stored}, or nothing: for another agency's referral, a referral on a basis the
     * agency is not entitled to, and the police's own records (telling the subject, deferring it). An event type
     * added later is nothing too, until it is mapped here.
     */
    public static Optional<PartnerReferralEvent> toPartner(ReferralEvent stored, Entitlement entitlement) {
        if (!stored.agency().equals(entitlement.agency())) {
            return Optional.empty();
        }
        if (stored instanceof ReferralMade made) {
            return made(made, entitlement);
        }
        if (stored instanceof ReferralAcknowledged) {
            return status(stored, "ReferralAcknowledged", "ACKNOWLEDGED");
        }
        if (stored instanceof ReferralAccepted) {
            return status(stored, "ReferralAccepted", "ACCEPTED");
        }
        if (stored instanceof ReferralDeclined declined) {
            return answer(declined, "ReferralDeclined", "DECLINED", declined.reason(), null);
        }
        if (stored instanceof ReferralCompleted completed) {
            return answer(completed, "ReferralCompleted", "COMPLETED", null, completed.note());
        }
        if (stored instanceof ReferralWithdrawn) {
            // the police's reason for withdrawing is their own judgement
            return status(stored, "ReferralWithdrawn", "WITHDRAWN");
        }
        if (stored instanceof ReferralErased) {
            // the police erased the person's data: what the partner holds is for its own law to govern
            return status(stored, "ReferralErased", "ERASED");
        }
        return Optional.empty();
    }

    /**
     * The fields a referral made on this basis may carry: the policy's for its kind, without the help needs and
     * the message unless the basis is consent or a duty whose provision (as stored with the referral) covers them.
     */
    private static Set<PartnerField> allowed(Entitlement entitlement, BasisKind basis, Provision provision) {
        Set<PartnerField> allowed = EnumSet.noneOf(PartnerField.class);
        allowed.addAll(entitlement.fields(basis));
        boolean coversHelpNeeds = basis == BasisKind.CONSENT
                || basis == BasisKind.DUTY_TO_NOTIFY && provision != null && provision.coversHelpNeeds();
        if (!coversHelpNeeds) {
            allowed.removeIf(PartnerField::purposeBound);
        }
        return allowed;
    }

    private static Optional<PartnerReferralEvent> made(ReferralMade made, Entitlement entitlement) {
        BasisKind basis = made.basis().kind();
        if (!entitlement.allows(basis)) {
            return Optional.empty();
        }
        Pick pick = new Pick(allowed(entitlement, basis, made.provision()));
        PoliceContact police = made.policeContact();
        PartnerReferralData data = new PartnerReferralData(made.referralId(), made.agency(), "MADE", made.at(),
                subject(pick, made.subject()),
                pick.of(PartnerField.HELP_NEEDS, made.helpNeeds() == null ? null
                        : made.helpNeeds().stream().map(Enum::name).toList()),
                pick.of(PartnerField.MESSAGE, made.message()),
                pick.of(PartnerField.POLICE_CONTACT, police == null ? null
                        : new PartnerReferralData.PoliceContact(police.name(), police.phone(), police.email())),
                pick.of(PartnerField.LEGAL_BASIS, legalBasis(made)),
                null, null);
        return Optional.of(new PartnerReferralEvent(EventType.v1(PartnerReferralEvent.PRODUCER, "ReferralMade"), data,
                pick.included));
    }

    /** The subject with the allowed parts that have a value; none at all rather than an empty object. */
    private static PartnerReferralData.Subject subject(Pick pick, SubjectDetails subject) {
        if (subject == null) {
            return null;
        }
        PartnerReferralData.Subject picked = new PartnerReferralData.Subject(
                pick.of(PartnerField.SUBJECT_NAME, subject.name()),
                pick.of(PartnerField.SUBJECT_BIRTH_DATE, subject.birthDate()),
                pick.of(PartnerField.SUBJECT_CONTACT, contact(subject.contact())),
                pick.of(PartnerField.GUARDIANS, subject.guardians().stream()
                        .map(guardian -> new PartnerReferralData.Guardian(guardian.name(), guardian.relation(),
                                contact(guardian.contact())))
                        .toList()));
        return picked.equals(new PartnerReferralData.Subject(null, null, null, null)) ? null : picked;
    }

    private static PartnerReferralData.LegalBasis legalBasis(ReferralMade made) {
        if (made.basis().kind() == BasisKind.CONSENT) {
            PartnerReferralData.Consent consent = made.basis().consent() == null ? null
                    : new PartnerReferralData.Consent(made.basis().consent().givenBy().name(),
                    made.basis().consent().givenAt(), made.basis().consent().form().name());
            return new PartnerReferralData.LegalBasis(made.basis().kind().name(), null, consent);
        }
        return new PartnerReferralData.LegalBasis(made.basis().kind().name(),
                made.provision() == null ? null : made.provision().citation(), null);
    }

    private static PartnerReferralData.Contact contact(ContactDetails contact) {
        return contact == null || contact.phone() == null && contact.email() == null && contact.address() == null
                ? null : new PartnerReferralData.Contact(contact.phone(), contact.email(), contact.address());
    }

    private static Optional<PartnerReferralEvent> status(ReferralEvent stored, String name, String status) {
        return Optional.of(new PartnerReferralEvent(EventType.v1(PartnerReferralEvent.PRODUCER, name),
                PartnerReferralData.status(stored.referralId(), stored.agency(), status, stored.at()), Set.of()));
    }

    /** A partner's own answer, with its own words (a decline's reason, a completion's note) when it gave any. */
    private static Optional<PartnerReferralEvent> answer(ReferralEvent stored, String name, String status,
                                                         String reason, String note) {
        Pick pick = new Pick(EnumSet.of(PartnerField.DECLINE_REASON, PartnerField.COMPLETION_NOTE));
        PartnerReferralData data = new PartnerReferralData(stored.referralId(), stored.agency(), status, stored.at(),
                null, null, null, null, null, pick.of(PartnerField.DECLINE_REASON, reason),
                pick.of(PartnerField.COMPLETION_NOTE, note));
        return Optional.of(new PartnerReferralEvent(EventType.v1(PartnerReferralEvent.PRODUCER, name), data,
                pick.included));
    }

    /** Picks a value in only when its field is allowed and it has one, and notes what went. */
    private static final class Pick {

        private final Set<PartnerField> allowed;
        private final Set<PartnerField> included = EnumSet.noneOf(PartnerField.class);

        Pick(Set<PartnerField> allowed) {
            this.allowed = allowed;
        }

        <T> T of(PartnerField field, T value) {
            boolean empty = value == null || value instanceof Collection<?> values && values.isEmpty()
                    || value instanceof String text && text.isBlank();
            if (!allowed.contains(field) || empty) {
                return null;
            }
            included.add(field);
            return value;
        }
    }
}
