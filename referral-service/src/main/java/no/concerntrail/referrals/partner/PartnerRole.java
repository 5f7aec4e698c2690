package no.concerntrail.referrals.partner;

import java.util.Optional;
import no.concerntrail.platform.security.Roles;

/**
 * A partner agency's role, {@code partner:<agency>} ({@link Roles#PARTNER_PREFIX}): the agency id is the one its
 * entitlement, topic and Kafka principal are named by, so one spelling serves them all.
 */
public final class PartnerRole {

    private PartnerRole() {
    }

    /** {@code partner:child-welfare} for {@code child-welfare}. */
    public static String of(String agency) {
        return Roles.PARTNER_PREFIX + agency;
    }

    /** The agency a role names, or nothing for a role that is no partner's. */
    public static Optional<String> agencyOf(String role) {
        return role != null && role.startsWith(Roles.PARTNER_PREFIX) && role.length() > Roles.PARTNER_PREFIX.length()
                ? Optional.of(role.substring(Roles.PARTNER_PREFIX.length())) : Optional.empty();
    }
}
