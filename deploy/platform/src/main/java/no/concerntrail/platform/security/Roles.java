package no.concerntrail.platform.security;

import java.util.Optional;

/** The role names carried in the JWT `groups` claim, spelled one way in every service. */
public final class Roles {

    /** A radicalisation contact: receives, assesses, raises, lowers and closes concerns. */
    public static final String CASE_WORKER = "case-worker";
    /** Leads the radicalisation contacts: triages and assigns, and may do what a case worker does. */
    public static final String TEAM_LEAD = "team-lead";
    /** Runs the services: sees and retries parked events, never a concern's content. */
    public static final String OPERATOR = "operator";
    /** Studies the history, pseudonymised only. */
    public static final String ANALYST = "analyst";
    /**
     * A partner agency's role is this prefix plus the agency, e.g. {@code partner:child-welfare}: the agency id is the
     * one its entitlement, topic and Kafka principal are named by, so one spelling serves them all.
     */
    public static final String PARTNER_PREFIX = "partner:";

    private Roles() {
    }

    /** {@code partner:child-welfare} for {@code child-welfare}. */
    public static String partner(String agency) {
        return PARTNER_PREFIX + agency;
    }

    /** The agency a partner's role names, or nothing for a role that is no partner's. */
    public static Optional<String> agencyOf(String role) {
        return role != null && role.startsWith(PARTNER_PREFIX) && role.length() > PARTNER_PREFIX.length()
                ? Optional.of(role.substring(PARTNER_PREFIX.length())) : Optional.empty();
    }
}
