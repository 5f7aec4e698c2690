package no.concerntrail.referrals.api;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import no.concerntrail.platform.security.Roles;
import no.concerntrail.referrals.partner.Entitlement;
import no.concerntrail.referrals.partner.Entitlements;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The partner agency a caller acts for, by its role {@code partner:<agency>}: a role can name no fixed list of
 * agencies in an annotation, so it is decided here. A token with no configured agency's role, or with two (which
 * agency would it act for?), is refused.
 */
@RequestScoped
class PartnerCaller {

    @Inject
    JsonWebToken token;
    @Inject
    Entitlements entitlements;

    private Entitlement agency;

    /** The caller's agency, with what it may receive. */
    Entitlement agency() {
        if (agency == null) {
            List<Entitlement> agencies = token.getGroups().stream().map(Roles::agencyOf).flatMap(Optional::stream)
                    .map(entitlements::of).flatMap(Optional::stream).distinct().toList();
            if (agencies.size() != 1) {
                throw new ForbiddenException("A partner's token names exactly one configured partner agency's role");
            }
            agency = agencies.get(0);
        }
        return agency;
    }

    String subject() {
        return token.getSubject();
    }
}
