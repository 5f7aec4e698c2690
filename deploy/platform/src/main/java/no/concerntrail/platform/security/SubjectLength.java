package no.concerntrail.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A token's subject is who every event records as its actor, in columns of 200 characters across the services: a
 * longer one is refused at the door (401), before it could become an event that another service can never store.
 */
@ApplicationScoped
public class SubjectLength implements SecurityIdentityAugmentor {

    /** As long as any actor column (idempotency keys, usage log, timelines). */
    public static final int MAX = 200;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal().getName().length() > MAX) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "The token's subject is longer than " + MAX + " characters"));
        }
        return Uni.createFrom().item(identity);
    }
}
