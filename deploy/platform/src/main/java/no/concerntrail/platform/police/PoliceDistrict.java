package no.concerntrail.platform.police;

import java.util.Arrays;
import java.util.Optional;

/**
 * The twelve police districts (politidistrikter) since the 2017 reform. A concern belongs to the district whose
 * unit received it; that is what need-to-know is decided by. Plain Java, so every service's domain can name it.
 * A reorganisation is a code change on purpose: it must come with a decision on where each concern goes.
 */
public enum PoliceDistrict {
    OSLO("Oslo"),
    OST("Øst"),
    INNLANDET("Innlandet"),
    SOR_OST("Sør-Øst"),
    AGDER("Agder"),
    SOR_VEST("Sør-Vest"),
    VEST("Vest"),
    MORE_OG_ROMSDAL("Møre og Romsdal"),
    TRONDELAG("Trøndelag"),
    NORDLAND("Nordland"),
    TROMS("Troms"),
    FINNMARK("Finnmark");

    private final String displayName;

    PoliceDistrict(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The district a code names ({@code SOR_OST}), or nothing for any other text (or none). */
    public static Optional<PoliceDistrict> of(String code) {
        return Arrays.stream(values()).filter(district -> district.name().equals(code)).findFirst();
    }
}
