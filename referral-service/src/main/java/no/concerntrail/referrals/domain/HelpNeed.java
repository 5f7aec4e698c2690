package no.concerntrail.referrals.domain;

/** What help a referral asks a partner for (hjelpebehov): the fixed list conversations map them to. */
public enum HelpNeed {
    HOUSING,
    WORK,
    EDUCATION,
    HEALTH,
    FAMILY,
    SUBSTANCE_USE,
    FINANCES,
    LEISURE,
    NETWORK
}
