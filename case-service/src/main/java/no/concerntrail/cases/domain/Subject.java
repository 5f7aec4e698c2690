package no.concerntrail.cases.domain;

import java.time.LocalDate;

/**
 * The person a concern is about. The national identity number is optional: many concerns start
 * with little more than a name. Personal data stays out of {@link #toString()}, and so out of logs.
 */
public record Subject(String name, LocalDate birthDate, String nationalIdentityNumber, String municipality) {

    @Override
    public String toString() {
        return "Subject[personal data, municipality=" + municipality + "]";
    }
}
