package no.concerntrail.conversations.config;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.concerntrail.conversations.domain.Factor;
import no.concerntrail.conversations.domain.FactorGroup;
import no.concerntrail.conversations.domain.FactorType;

/** The configured risk and protective factors, by code. A code listed twice stops the service at startup. */
@Singleton
@Startup
public class FactorCatalogue {

    private final Map<String, Factor> factors = new LinkedHashMap<>();

    @Inject
    public FactorCatalogue(ConversationSettings settings) {
        ConversationSettings.Factors configured = settings.factors();
        add(FactorGroup.PERSONAL, configured.personal());
        add(FactorGroup.FAMILY, configured.family());
        add(FactorGroup.SOCIAL, configured.social());
        add(FactorGroup.ATTITUDES_TO_VIOLENCE, configured.attitudesToViolence());
    }

    private void add(FactorGroup group, ConversationSettings.FactorCodes codes) {
        codes.risk().forEach(code -> add(new Factor(code, group, FactorType.RISK)));
        codes.protective().forEach(code -> add(new Factor(code, group, FactorType.PROTECTIVE)));
    }

    private void add(Factor factor) {
        if (factors.putIfAbsent(factor.code(), factor) != null) {
            throw new IllegalStateException("Factor '" + factor.code() + "' is configured twice");
        }
    }

    public Optional<Factor> byCode(String code) {
        return Optional.ofNullable(factors.get(code));
    }

    public List<Factor> all() {
        return new ArrayList<>(factors.values());
    }
}
