package no.concerntrail.conversations.domain;

/**
 * The Police Act (politiloven) § 13 fourth and fifth paragraphs: the only grounds on which the police may
 * require a minor and the parents to attend a conversation. Without one, attendance is voluntary. Each ground is
 * for an age: below 15 (the age of criminal responsibility) an act is "otherwise punishable"; from 15 to 17 it is
 * punishable, and only the second ground fits.
 */
public enum SummonsGround {
    /** Reason to believe a person under 15 has committed an otherwise punishable act. */
    UNDER_15_OTHERWISE_PUNISHABLE_ACT(15),
    /** Reason to believe a person under 18 has committed a punishable act. */
    UNDER_18_PUNISHABLE_ACT(18);

    private final int under;

    SummonsGround(int under) {
        this.under = under;
    }

    /** Whether the ground is one for a person of this age (in whole years). */
    public boolean fits(int age) {
        return age < under;
    }

    /** The age the ground is for: below this. */
    public int under() {
        return under;
    }
}
