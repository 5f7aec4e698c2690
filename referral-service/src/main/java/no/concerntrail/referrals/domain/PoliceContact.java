package no.concerntrail.referrals.domain;

/** The officer the partner talks to about the referral. */
public record PoliceContact(String name, String phone, String email) {
}
