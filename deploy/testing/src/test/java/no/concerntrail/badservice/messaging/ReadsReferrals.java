package no.concerntrail.badservice.messaging;

import no.concerntrail.referrals.Referral;

/** A deliberately bad consumer: it reads another service's class instead of that service's published JSON. */
public class ReadsReferrals {

    public String id(Referral referral) {
        return referral.id();
    }
}
