package no.concerntrail.referrals.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the configuration says about one partner agency that the referral rules decide on: from which age a subject
 * may consent alone, and which duties and exceptions may be a referral's basis, for which ages.
 *
 * @param agency             the agency's id, e.g. {@code child-welfare}
 * @param selfConsentFromAge a subject this old or older may consent alone; a younger one needs the guardians
 */
public record AgencyTerms(String agency, int selfConsentFromAge, List<Provision> duties, List<Provision> exceptions) {

    public AgencyTerms {
        duties = List.copyOf(duties);
        exceptions = List.copyOf(exceptions);
    }

    /** The provision a basis names, among the duties or the exceptions as its kind says; empty for consent. */
    public Optional<Provision> provision(LegalBasis basis) {
        List<Provision> allowed = switch (basis.kind()) {
            case DUTY_TO_NOTIFY -> duties;
            case CONFIDENTIALITY_EXCEPTION -> exceptions;
            case CONSENT -> List.of();
        };
        return allowed.stream().filter(provision -> provision.id().equals(basis.provision())).findFirst();
    }
}
