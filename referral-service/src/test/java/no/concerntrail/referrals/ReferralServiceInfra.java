package no.concerntrail.referrals;

import no.concerntrail.testing.ServiceTestProfile;

/** referral-service on the shared real infrastructure. */
public class ReferralServiceInfra extends ServiceTestProfile {

    public ReferralServiceInfra() {
        super("referral-service");
    }
}
