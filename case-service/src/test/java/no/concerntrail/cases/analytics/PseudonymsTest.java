package no.concerntrail.cases.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person is one pseudonym in every concern, under one secret only, and the pseudonym says nothing of them. */
class PseudonymsTest {

    private static final byte[] SECRET = "a deployment's secret of 32 bytes or more".getBytes(StandardCharsets.UTF_8);
    private static final LocalDate BORN = LocalDate.of(2010, 5, 17);

    private final Pseudonyms pseudonyms = new Pseudonyms(SECRET, "2026-1");

    @Test
    void theSamePersonIsTheSamePseudonymWhateverTheSpelling() {
        String ola = pseudonyms.lookup(null, "Ola Nordmann", BORN);
        assertThat(pseudonyms.lookup(null, "  OLA   nordmann ", BORN)).isEqualTo(ola);
        assertThat(pseudonyms.lookup("", "ola-nordmann", BORN)).isEqualTo(ola);
        // the same letters, composed or decomposed (NFKC): one person
        assertThat(pseudonyms.lookup(null, "Åse Ødegård", BORN))
                .isEqualTo(pseudonyms.lookup(null, "A\u030Ase \u00D8dega\u030Ard", BORN));

        assertThat(pseudonyms.lookup(null, "Ola Nordmann", BORN.plusDays(1))).isNotEqualTo(ola);
        assertThat(pseudonyms.lookup(null, "Kari Nordmann", BORN)).isNotEqualTo(ola);
    }

    @Test
    void theNationalIdentityNumberDecidesWhereThereIsOne() {
        String byNumber = pseudonyms.lookup("17051012345", "Ola Nordmann", BORN);
        assertThat(pseudonyms.lookup("17051012345", "Ola Nordmann-Hansen", BORN.minusYears(1))).isEqualTo(byNumber);
        assertThat(byNumber).isNotEqualTo(pseudonyms.lookup(null, "Ola Nordmann", BORN))
                .isNotEqualTo(pseudonyms.lookup("17051054321", "Ola Nordmann", BORN));
    }

    @Test
    void aPseudonymHoldsNothingOfThePersonAndNeedsTheSecret() {
        String pseudonym = pseudonyms.lookup("17051012345", "Ola Nordmann", BORN);
        assertThat(pseudonym).matches("l-[0-9a-f]{32}").doesNotContain("17051012345", "ola", "2010");

        Pseudonyms rotated = new Pseudonyms("another deployment's secret, also 32+ bytes".getBytes(
                StandardCharsets.UTF_8), "2027-1");
        assertThat(rotated.lookup("17051012345", "Ola Nordmann", BORN)).isNotEqualTo(pseudonym);
        assertThat(rotated.version()).isEqualTo("2027-1");
    }

    /** The analysts see a MAC of the person's salt: nothing of who they are goes into it. */
    @Test
    void aPersonsPseudonymIsOfTheirSaltAlone() {
        byte[] salt = new byte[16];
        salt[0] = 7;
        String pseudonym = pseudonyms.person(salt);
        assertThat(pseudonym).matches("p-[0-9a-f]{32}").isEqualTo(pseudonyms.person(salt.clone()));
        salt[1] = 1;
        assertThat(pseudonyms.person(salt)).isNotEqualTo(pseudonym);
    }

    @Test
    void aConcernsKeyIsStableAndNotItsId() {
        UUID concernId = UUID.randomUUID();
        String key = pseudonyms.of(Pseudonyms.Kind.CONCERN, concernId);
        assertThat(key).matches("c-[0-9a-f]{32}").isEqualTo(pseudonyms.of(Pseudonyms.Kind.CONCERN, concernId))
                .doesNotContain(concernId.toString().substring(0, 8));
        assertThat(pseudonyms.of(Pseudonyms.Kind.CONVERSATION, concernId)).startsWith("v-")
                .isNotEqualTo("v-" + key.substring(2));
        assertThat(pseudonyms.of(Pseudonyms.Kind.REFERRAL, concernId)).startsWith("r-");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new Pseudonyms(new byte[31], "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
    }
}
