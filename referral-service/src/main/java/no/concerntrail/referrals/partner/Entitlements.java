package no.concerntrail.referrals.partner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.concerntrail.referrals.domain.BasisKind;

/**
 * Every partner agency's entitlement, by agency id, read from what configuration declares. A declaration that names
 * an unknown basis or field, or that {@link Entitlement} refuses, fails here, so the service does not start with it.
 */
public final class Entitlements {

    /**
     * One agency as configuration declares it.
     *
     * @param fields field names ({@link PartnerField#configName()}) per basis name ({@code consent},
     *               {@code duty-to-notify}, {@code confidentiality-exception})
     */
    public record Declared(String agency, String name, Duration answerTime, Map<String, List<String>> fields) {

        public Declared {
            fields = fields == null ? Map.of() : fields;
        }
    }

    private final Map<String, Entitlement> byAgency;

    private Entitlements(Map<String, Entitlement> byAgency) {
        this.byAgency = byAgency;
    }

    public static Entitlements from(List<Declared> declared) {
        Map<String, Entitlement> byAgency = new LinkedHashMap<>();
        for (Declared agency : declared) {
            Entitlement entitlement = new Entitlement(agency.agency(), agency.name(), agency.answerTime(),
                    parse(agency));
            if (byAgency.putIfAbsent(entitlement.agency(), entitlement) != null) {
                throw new IllegalArgumentException("Partner agency '" + agency.agency() + "' is declared twice");
            }
        }
        return new Entitlements(byAgency);
    }

    private static Map<BasisKind, Set<PartnerField>> parse(Declared agency) {
        Map<BasisKind, Set<PartnerField>> fields = new EnumMap<>(BasisKind.class);
        agency.fields().forEach((basisName, fieldNames) -> {
            BasisKind basis = basis(agency.agency(), basisName);
            Set<PartnerField> granted = EnumSet.noneOf(PartnerField.class);
            for (String fieldName : fieldNames) {
                granted.add(PartnerField.named(fieldName.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "Partner agency '" + agency.agency() + "' lists an unknown field '" + fieldName + "' under "
                                + basisName + "; known: " + PartnerField.grantable())));
            }
            fields.put(basis, granted);
        });
        return fields;
    }

    private static BasisKind basis(String agency, String basisName) {
        return Arrays.stream(BasisKind.values()).filter(kind -> configName(kind).equals(basisName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Partner agency '" + agency + "' lists fields under '"
                        + basisName + "', which is no legal basis; known: " + Arrays.stream(BasisKind.values())
                        .map(Entitlements::configName).collect(Collectors.joining(", "))));
    }

    /** How configuration names a basis, e.g. {@code duty-to-notify}. */
    public static String configName(BasisKind basis) {
        return basis.name().toLowerCase().replace('_', '-');
    }

    public Optional<Entitlement> of(String agency) {
        return Optional.ofNullable(byAgency.get(agency));
    }

    public List<Entitlement> all() {
        return new ArrayList<>(byAgency.values());
    }
}
