package no.concerntrail.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import no.concerntrail.testing.TestNationalIds;

class NationalIdentityNumberTest {

    /** Computed by hand (an independent script) from the published weights and century rules. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "17050950077, 2009-05-17",   // individual number 500-999 and year < 40: 2000s
            "29021250048, 2012-02-29",   // leap day
            "17050912450, 1909-05-17",   // 000-499: 1900s
            "01010049918, 1900-01-01",
            "29129995066, 1999-12-29",   // 900-999 and year >= 40: 1900s
            "15038595099, 1985-03-15",
            "15035460028, 1854-03-15",   // 500-749 and year >= 54: 1800s
            "57050950060, 2009-05-17",   // D-number: 4 added to the first digit
            "57050912363, 1909-05-17",
            "17450950130, 2009-05-17",   // NAV synthetic: 40 added to the month
            "17850950032, 2009-05-17"    // Skatteetaten (Tenor) synthetic: 80 added to the month
    })
    void knownValidNumbersAndTheirBirthDates(String number, LocalDate birthDate) {
        assertThat(NationalIdentityNumber.hasValidCheckDigits(number)).isTrue();
        assertThat(NationalIdentityNumber.birthDateOf(number)).contains(birthDate);
    }

    @Test
    void generatedNumbersOfEveryKindHaveValidCheckDigitsAndTheirBirthDate() {
        // every 13th day from 1900 to 2039: all centuries the generator covers, every month, every day of the month
        LocalDate end = LocalDate.of(2040, 1, 1);
        for (LocalDate birthDate = LocalDate.of(1900, 1, 1); birthDate.isBefore(end); birthDate = birthDate.plusDays(13)) {
            for (String number : new String[] {
                    TestNationalIds.forBirthDate(birthDate),
                    TestNationalIds.dNumberForBirthDate(birthDate),
                    TestNationalIds.syntheticForBirthDate(birthDate, 40),
                    TestNationalIds.syntheticForBirthDate(birthDate, 80)}) {
                assertThat(NationalIdentityNumber.hasValidCheckDigits(number)).as(number).isTrue();
                assertThat(NationalIdentityNumber.birthDateOf(number)).as(number).contains(birthDate);
            }
        }
    }

    @Test
    void anySingleWrongDigitIsCaught() {
        String valid = TestNationalIds.forBirthDate(LocalDate.of(2009, 5, 17));
        for (int position = 0; position < 11; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (valid.charAt(position) == digit) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(NationalIdentityNumber.hasValidCheckDigits(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void swappedControlDigitsAreCaught() {
        assertThat(NationalIdentityNumber.hasValidCheckDigits("17050950077")).isTrue();
        assertThat(NationalIdentityNumber.hasValidCheckDigits("17050950087")).isFalse();
        assertThat(NationalIdentityNumber.hasValidCheckDigits("17050950078")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11111111111",  // the first control digit would be 10: no such number exists
            "12345678901",
            "01010112345",
            "17050912345",
            "99999999999"})
    void wellKnownInvalidNumbers(String number) {
        assertThat(NationalIdentityNumber.hasValidCheckDigits(number)).isFalse();
    }

    @Test
    void nineDigitsWhoseControlDigitWouldBeTenHaveNoValidNumber() {
        // 170509123 has no first control digit (it would be 10): every completion is invalid
        assertThat(TestNationalIds.withCheckDigits("170509123")).isNull();
        for (int k = 0; k <= 99; k++) {
            assertThat(NationalIdentityNumber.hasValidCheckDigits("170509123" + String.format("%02d", k))).isFalse();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1705095007", "170509500770", "1705095007a", "17050 50077", "-7050950077", "１７０５０９５００７７"})
    void anythingButElevenDigitsIsNeitherValidNorADate(String value) {
        assertThat(NationalIdentityNumber.hasValidCheckDigits(value)).isFalse();
        assertThat(NationalIdentityNumber.birthDateOf(value)).isEmpty();
    }

    @Test
    void validCheckDigitsDoNotMakeADate() {
        assertThat(NationalIdentityNumber.hasValidCheckDigits("00000000000")).isTrue();
        assertThat(NationalIdentityNumber.birthDateOf("00000000000")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"300212", "310412", "290213", "001012", "011312", "320112", "720112"})
    void noBirthDateFromADayThatDoesNotExist(String ddmmyy) {
        String number = TestNationalIds.withFirstValidIndividualNumber(ddmmyy, 500);
        assertThat(NationalIdentityNumber.hasValidCheckDigits(number)).isTrue();
        assertThat(NationalIdentityNumber.birthDateOf(number)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "01014580049",  // 750-899 with year 45: never issued
            "01014560013"   // 500-749 with year 45 (< 54): never issued
    })
    void noBirthDateFromAnIndividualNumberNotIssuedForThatYear(String number) {
        assertThat(NationalIdentityNumber.hasValidCheckDigits(number)).isTrue();
        assertThat(NationalIdentityNumber.birthDateOf(number)).isEmpty();
    }

    @Test
    void theIndividualNumberDecidesTheCentury() {
        assertThat(NationalIdentityNumber.birthDateOf(TestNationalIds.withFirstValidIndividualNumber("010160", 0)))
                .contains(LocalDate.of(1960, 1, 1));
        assertThat(NationalIdentityNumber.birthDateOf(TestNationalIds.withFirstValidIndividualNumber("010160", 500)))
                .contains(LocalDate.of(1860, 1, 1));
        assertThat(NationalIdentityNumber.birthDateOf(TestNationalIds.withFirstValidIndividualNumber("010160", 900)))
                .contains(LocalDate.of(1960, 1, 1));
        assertThat(NationalIdentityNumber.birthDateOf(TestNationalIds.withFirstValidIndividualNumber("010120", 500)))
                .contains(LocalDate.of(2020, 1, 1));
        assertThat(NationalIdentityNumber.birthDateOf(TestNationalIds.withFirstValidIndividualNumber("010120", 0)))
                .contains(LocalDate.of(1920, 1, 1));
    }
}
