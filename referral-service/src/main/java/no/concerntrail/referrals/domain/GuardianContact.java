package no.concerntrail.referrals.domain;

/** A minor's guardian as the partner needs them: name, relation and contact. */
public record GuardianContact(String name, String relation, ContactDetails contact) {

    @Override
    public String toString() {
        return "GuardianContact[personal data]";
    }
}
