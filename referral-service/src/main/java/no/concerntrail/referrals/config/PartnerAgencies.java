package no.concerntrail.referrals.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.concerntrail.referrals.domain.AgencyTerms;
import no.concerntrail.referrals.domain.BasisKind;
import no.concerntrail.referrals.domain.Provision;
import no.concerntrail.referrals.partner.Entitlement;
import no.concerntrail.referrals.partner.Entitlements;

/**
 * The configured partner agencies, as the referral rules ({@link AgencyTerms}) and the partner feed
 * ({@link Entitlements}) read them. A configuration that breaks the law or contradicts itself stops the service at
 * startup rather than at the first referral.
 */
@Singleton
@Startup
public class PartnerAgencies {

    private static final int OLDEST = 120;

    private final Entitlements entitlements;
    private final Map<String, AgencyTerms> terms = new LinkedHashMap<>();

    @Inject
    public PartnerAgencies(AgencyConfig config) {
        List<Entitlements.Declared> declared = new ArrayList<>();
        config.agencies().forEach((id, agency) -> {
            declared.add(new Entitlements.Declared(id, agency.name(), agency.answerTime(), agency.fields()));
            terms.put(id, terms(id, agency));
        });
        entitlements = Entitlements.from(declared);
        for (Entitlement entitlement : entitlements.all()) {
            matches(terms.get(entitlement.agency()), entitlement);
        }
    }

    private static AgencyTerms terms(String id, AgencyConfig.Agency agency) {
        if (agency.selfConsentFromAge() < 0 || agency.selfConsentFromAge() > 18) {
            throw new IllegalStateException("Partner agency '" + id + "': self-consent-from-age must be 0 to 18,"
                    + " an adult always consents for themselves");
        }
        Set<String> ids = new HashSet<>();
        List<Provision> duties = provisions(id, "duty", agency.duties(), ids);
        List<Provision> exceptions = provisions(id, "exception", agency.exceptions(), ids);
        for (Provision exception : exceptions) {
            if (exception.coversHelpNeeds()) {
                throw new IllegalStateException("Partner agency '" + id + "', exception '" + exception.id()
                        + "': covers-help-needs; help needs leave only under consent or a duty (purpose binding)");
            }
        }
        return new AgencyTerms(id, agency.selfConsentFromAge(), duties, exceptions);
    }

    private static List<Provision> provisions(String agency, String kind, List<AgencyConfig.ProvisionEntry> entries,
                                              Set<String> ids) {
        List<Provision> provisions = new ArrayList<>();
        for (AgencyConfig.ProvisionEntry entry : entries) {
            String named = "Partner agency '" + agency + "', " + kind + " '" + entry.id() + "': ";
            if (!ids.add(entry.id())) {
                throw new IllegalStateException(named + "the id is listed twice");
            }
            if (entry.citation().isBlank()) {
                throw new IllegalStateException(named + "cite the provision");
            }
            if (entry.minAge() < 0 || entry.minAge() > entry.maxAge() || entry.maxAge() > OLDEST) {
                throw new IllegalStateException(named + "ages must be 0 <= min-age <= max-age <= " + OLDEST);
            }
            provisions.add(new Provision(entry.id(), entry.citation(), entry.minAge(), entry.maxAge(),
                    entry.coversHelpNeeds()));
        }
        return provisions;
    }

    /** A kind of basis has provisions exactly when it has fields: either alone is a configuration mistake. */
    private static void matches(AgencyTerms terms, Entitlement entitlement) {
        matches(entitlement, BasisKind.DUTY_TO_NOTIFY, !terms.duties().isEmpty(), "duties");
        matches(entitlement, BasisKind.CONFIDENTIALITY_EXCEPTION, !terms.exceptions().isEmpty(), "exceptions");
    }

    private static void matches(Entitlement entitlement, BasisKind kind, boolean provided, String provisions) {
        String basis = Entitlements.configName(kind);
        if (provided && !entitlement.allows(kind)) {
            throw new IllegalStateException("Partner agency '" + entitlement.agency() + "' lists " + provisions
                    + " but no fields under " + basis + ": every such referral would be refused");
        }
        if (!provided && entitlement.allows(kind)) {
            throw new IllegalStateException("Partner agency '" + entitlement.agency() + "' lists fields under "
                    + basis + " but no " + provisions + ": no referral can rest on one");
        }
    }

    /** Every agency's entitlement, for the partner feed. */
    @Produces
    @Singleton
    public Entitlements entitlements() {
        return entitlements;
    }

    /** What the referral rules decide on for one agency; empty for an agency not configured. */
    public Optional<AgencyTerms> terms(String agency) {
        return Optional.ofNullable(terms.get(agency));
    }
}
