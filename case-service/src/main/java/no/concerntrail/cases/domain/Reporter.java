package no.concerntrail.cases.domain;

/**
 * Who reported a concern. Protected: the identity never leaves the police, so it is kept out of
 * {@link #toString()} and with it out of logs and error messages.
 */
public record Reporter(String name, String contact, String relation) {

    @Override
    public String toString() {
        return "Reporter[protected]";
    }
}
