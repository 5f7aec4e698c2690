package no.concerntrail.cases.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Norwegian national identity number (fødselsnummer), 11 digits DDMMYYIIIKK: birth date,
 * individual number (III, which also gives the century) and two control digits (KK).
 * D-numbers (foreigners) add 4 to the first digit; synthetic test numbers add 40 (NAV) or
 * 80 (Skatteetaten's Tenor) to the month. All of them carry a real birth date, so all are accepted.
 */
public final class NationalIdentityNumber {

    private static final int[] FIRST_CONTROL_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_CONTROL_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private NationalIdentityNumber() {
    }

    /** True if the value is exactly 11 digits and both control digits are right. */
    public static boolean hasValidCheckDigits(String elevenDigits) {
        if (!isElevenDigits(elevenDigits)) {
            return false;
        }
        int[] digits = digitsOf(elevenDigits);
        return controlDigit(digits, FIRST_CONTROL_WEIGHTS) == digits[9]
                && controlDigit(digits, SECOND_CONTROL_WEIGHTS) == digits[10];
    }

    /** The birth date the number encodes, or empty if it is not 11 digits or encodes no real date. */
    public static Optional<LocalDate> birthDateOf(String elevenDigits) {
        if (!isElevenDigits(elevenDigits)) {
            return Optional.empty();
        }
        int day = Integer.parseInt(elevenDigits.substring(0, 2));
        int month = Integer.parseInt(elevenDigits.substring(2, 4));
        int yearInCentury = Integer.parseInt(elevenDigits.substring(4, 6));
        int individualNumber = Integer.parseInt(elevenDigits.substring(6, 9));

        if (day > 40) {
            day -= 40; // D-number
        }
        if (month > 80) {
            month -= 80; // Skatteetaten's synthetic numbers
        } else if (month > 40) {
            month -= 40; // NAV's synthetic numbers
        }
        Optional<Integer> century = centuryOf(individualNumber, yearInCentury);
        if (century.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(century.get() + yearInCentury, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> centuryOf(int individualNumber, int yearInCentury) {
        if (individualNumber <= 499) {
            return Optional.of(1900);
        }
        if (individualNumber <= 749 && yearInCentury >= 54) {
            return Optional.of(1800);
        }
        if (yearInCentury < 40) {
            return Optional.of(2000);
        }
        if (individualNumber >= 900) {
            return Optional.of(1900);
        }
        return Optional.empty(); // 500-899 with a year from 40 to 53 (or 750-899 from 54) is not assigned
    }

    /** The control digit for the leading digits under the weights; 10 means none exists, so no digit matches. */
    private static int controlDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int control = 11 - sum % 11;
        return control == 11 ? 0 : control;
    }

    private static boolean isElevenDigits(String value) {
        if (value == null || value.length() != 11) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int[] digitsOf(String elevenDigits) {
        int[] digits = new int[11];
        for (int i = 0; i < 11; i++) {
            digits[i] = elevenDigits.charAt(i) - '0';
        }
        return digits;
    }
}
