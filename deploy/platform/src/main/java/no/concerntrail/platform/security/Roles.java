package no.concerntrail.platform.security;

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
    /** A partner agency's role is this prefix plus the agency, e.g. {@code partner:child-welfare}. */
    public static final String PARTNER_PREFIX = "partner:";

    private Roles() {
    }
}
