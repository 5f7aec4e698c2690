package no.concerntrail.conversations.domain;

/**
 * Who held the conversation. A trusted person also says what they are; an officer does not.
 *
 * @param trustedPersonRole null when a police officer held it
 */
public record HeldBy(HostRole role, String name, TrustedPersonRole trustedPersonRole) {

    @Override
    public String toString() {
        return "HeldBy[" + role + ", personal data]";
    }
}
