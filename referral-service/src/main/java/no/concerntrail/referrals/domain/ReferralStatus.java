package no.concerntrail.referrals.domain;

/** Where a referral stands: made, then answered by the partner, or withdrawn by the police. */
public enum ReferralStatus {
    MADE,
    ACKNOWLEDGED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    COMPLETED;

    /** Nothing more happens to a declined, withdrawn or completed referral. */
    public boolean isFinal() {
        return this == DECLINED || this == WITHDRAWN || this == COMPLETED;
    }
}
