package no.concerntrail.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Computes valid national identity numbers for tests, independently of the production code: the
 * control digits from the published weights, the individual number from the century rules.
 */
public final class TestNationalIds {

    private static final int[] FIRST = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private TestNationalIds() {
    }

    /** A fødselsnummer for the date (years 1900-2039), with the first individual number that has control digits. */
    public static String forBirthDate(LocalDate birthDate) {
        int year = birthDate.getYear();
        int firstIndividualNumber = year >= 2000 ? 500 : 0;
        return withFirstValidIndividualNumber(birthDate.format(DDMMYY), firstIndividualNumber);
    }

    /**
     * A fødselsnummer for the date (years 2000-2039) whose individual number is the first from {@code from} (500-999)
     * with control digits: a person no other test has, with {@code from} chosen at random.
     */
    public static String forBirthDate(LocalDate birthDate, int from) {
        return withFirstValidIndividualNumber(birthDate.format(DDMMYY), from);
    }

    /** A D-number for the date: 4 added to the first digit. */
    public static String dNumberForBirthDate(LocalDate birthDate) {
        String ddmmyy = birthDate.format(DDMMYY);
        int firstIndividualNumber = birthDate.getYear() >= 2000 ? 500 : 0;
        String dayPlus40 = String.valueOf(birthDate.getDayOfMonth() + 40);
        return withFirstValidIndividualNumber(dayPlus40 + ddmmyy.substring(2), firstIndividualNumber);
    }

    /** A synthetic test number for the date: {@code monthOffset} (40 or 80) added to the month. */
    public static String syntheticForBirthDate(LocalDate birthDate, int monthOffset) {
        String ddmmyy = birthDate.format(DDMMYY);
        int firstIndividualNumber = birthDate.getYear() >= 2000 ? 500 : 0;
        String month = String.valueOf(birthDate.getMonthValue() + monthOffset);
        return withFirstValidIndividualNumber(ddmmyy.substring(0, 2) + month + ddmmyy.substring(4), firstIndividualNumber);
    }

    public static String withFirstValidIndividualNumber(String sixDigits, int fromIndividualNumber) {
        for (int individual = fromIndividualNumber; individual <= 999; individual++) {
            String complete = withCheckDigits(sixDigits + String.format("%03d", individual));
            if (complete != null) {
                return complete;
            }
        }
        throw new IllegalArgumentException("no individual number from " + fromIndividualNumber + " has control digits");
    }

    /** The nine digits with both control digits appended, or null when a control digit would be 10. */
    public static String withCheckDigits(String nineDigits) {
        int[] digits = new int[11];
        for (int i = 0; i < 9; i++) {
            digits[i] = nineDigits.charAt(i) - '0';
        }
        int first = control(digits, FIRST);
        if (first < 0) {
            return null;
        }
        digits[9] = first;
        int second = control(digits, SECOND);
        if (second < 0) {
            return null;
        }
        return nineDigits + first + second;
    }

    private static int control(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? -1 : 11 - remainder;
    }
}
