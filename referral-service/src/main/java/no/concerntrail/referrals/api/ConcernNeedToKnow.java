package no.concerntrail.referrals.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import no.concerntrail.platform.security.NeedToKnow;
import no.concerntrail.referrals.projection.KnownConcerns;

/** Need-to-know over a concern's referrals: whoever may see the concern, as case-service published it. */
@RequestScoped
class ConcernNeedToKnow {

    @Inject
    KnownConcerns concerns;
    @Inject
    NeedToKnow needToKnow;

    /** Before showing or changing a concern's referrals; one of a concern never learnt belongs to no district. */
    void require(UUID concernId) {
        needToKnow.require(concerns.belonging(concernId).orElse(new NeedToKnow.Belonging(concernId, null, null)));
    }

    /** The caller's district code, for a list's filter: null when the token names none. */
    String callersDistrict() {
        return needToKnow.callersDistrict();
    }

    /**
     * Before referring, or listing a concern's referrals or shares: a concern never learnt holds nothing to protect
     * (it has none, and the domain refuses to refer it).
     */
    void requireIfKnown(UUID concernId) {
        concerns.belonging(concernId).ifPresent(needToKnow::require);
    }
}
