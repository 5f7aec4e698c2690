package no.concerntrail.referrals.domain;

/**
 * A statutory duty or confidentiality exception an agency's configuration allows as a referral's basis, and for
 * which ages of the subject.
 *
 * @param id              how a referral names it, e.g. {@code child-welfare-act-13-2}
 * @param citation        the provision, cited, e.g. {@code barnevernsloven § 13-2}
 * @param minAge          the youngest age (in whole years, at the referral) it applies to
 * @param maxAge          the oldest age it applies to, e.g. 17 for a duty about minors
 * @param coversHelpNeeds whether it lets the help needs and the message go too; if not, only the identity does
 */
public record Provision(String id, String citation, int minAge, int maxAge, boolean coversHelpNeeds) {

    public boolean appliesAt(int age) {
        return age >= minAge && age <= maxAge;
    }
}
