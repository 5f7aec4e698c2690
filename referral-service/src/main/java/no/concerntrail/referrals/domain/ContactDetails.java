package no.concerntrail.referrals.domain;

/** How a person is reached: any of the three, at least one. */
public record ContactDetails(String phone, String email, String address) {

    @Override
    public String toString() {
        return "ContactDetails[personal data]";
    }
}
