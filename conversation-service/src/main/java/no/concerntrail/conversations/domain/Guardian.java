package no.concerntrail.conversations.domain;

/** A guardian (foresatt) invited to a minor's conversation. */
public record Guardian(String name, String relation) {

    @Override
    public String toString() {
        return "Guardian[personal data]";
    }
}
