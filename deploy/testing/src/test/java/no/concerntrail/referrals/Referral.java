package no.concerntrail.referrals;

/** Stands for another service's class, for the rule that no service uses one. */
public record Referral(String id) {
}
