package no.concerntrail.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void levelsAreOrderedFromLowToHigh() {
        assertThat(ConcernLevel.HIGH.isHigherThan(ConcernLevel.MODERATE)).isTrue();
        assertThat(ConcernLevel.MODERATE.isHigherThan(ConcernLevel.LOW)).isTrue();
        assertThat(ConcernLevel.HIGH.isHigherThan(ConcernLevel.LOW)).isTrue();
        assertThat(ConcernLevel.MODERATE.isHigherThan(ConcernLevel.MODERATE)).isFalse();
        assertThat(ConcernLevel.LOW.isHigherThan(ConcernLevel.HIGH)).isFalse();

        assertThat(ConcernLevel.LOW.isLowerThan(ConcernLevel.MODERATE)).isTrue();
        assertThat(ConcernLevel.LOW.isLowerThan(ConcernLevel.HIGH)).isTrue();
        assertThat(ConcernLevel.HIGH.isLowerThan(ConcernLevel.HIGH)).isFalse();
        assertThat(ConcernLevel.HIGH.isLowerThan(ConcernLevel.LOW)).isFalse();
    }

    @Test
    void everyTriageOutcomeButAdoptedClosesTheConcern() {
        assertThat(Arrays.stream(TriageOutcome.values()).filter(TriageOutcome::closesConcern))
                .containsExactlyInAnyOrder(TriageOutcome.NOT_A_CONCERN, TriageOutcome.MISGUIDED,
                        TriageOutcome.MALICIOUS, TriageOutcome.SIGNPOSTED);
        assertThat(TriageOutcome.ADOPTED.closesConcern()).isFalse();
    }

    @Test
    void categoriesNameHarmsNeverBeliefs() {
        assertThat(Arrays.stream(ConcernCategory.values()).map(Enum::name))
                .noneMatch(name -> name.matches(".*(RELIGIO|ISLAM|CHRIST|IDEOLOG|POLITIC|LEFT|RIGHT|JIHAD).*"));
    }

    @Test
    void protectedIdentitiesStayOutOfLogs() {
        Reporter reporter = new Reporter("Kari Lærer", "kari@skole.example", "teacher");
        Subject subject = new Subject("Ola Nordmann", LocalDate.of(2009, 5, 17), "17050950077", "Drammen");
        assertThat(reporter.toString()).doesNotContain("Kari", "kari@skole.example");
        assertThat(subject.toString()).doesNotContain("Ola", "17050950077", "2009");
    }
}
