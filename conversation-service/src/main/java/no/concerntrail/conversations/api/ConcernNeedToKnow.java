package no.concerntrail.conversations.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import no.concerntrail.conversations.projection.KnownConcerns;
import no.concerntrail.platform.security.NeedToKnow;

/** Need-to-know over a concern's conversations: whoever may see the concern, as case-service published it. */
@RequestScoped
class ConcernNeedToKnow {

    @Inject
    KnownConcerns concerns;
    @Inject
    NeedToKnow needToKnow;

    /** Before showing or changing a concern's conversations; one of a concern never learnt belongs to no district. */
    void require(UUID concernId) {
        needToKnow.require(concerns.belonging(concernId).orElse(new NeedToKnow.Belonging(concernId, null, null)));
    }

    /** Before planning: a concern never learnt holds nothing to protect, and the domain refuses to plan for it. */
    void requireIfKnown(UUID concernId) {
        concerns.belonging(concernId).ifPresent(needToKnow::require);
    }
}
