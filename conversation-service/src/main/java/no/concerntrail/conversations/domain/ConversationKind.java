package no.concerntrail.conversations.domain;

/**
 * A kind of conversation with the ages it is for and whether attendance may be required. Three are
 * national; districts add their own templates by configuration. The kind is stored with each planned
 * conversation as it was then, so a later change of configuration never rewrites history.
 *
 * @param name           stable lower-case name, e.g. {@code concern}
 * @param minAge         youngest age at the planned time, inclusive; null for no lower bound
 * @param maxAge         oldest age at the planned time, inclusive; null for no upper bound
 * @param summonsAllowed whether a minor may be required to attend a conversation of this kind
 */
public record ConversationKind(String name, Integer minAge, Integer maxAge, boolean summonsAllowed) {

    /** Bekymringssamtale: for a person under 18; the only national kind a minor may be summoned to. */
    public static final ConversationKind CONCERN = new ConversationKind("concern", null, 17, true);
    /** Avklaringssamtale: for an adult; always voluntary. */
    public static final ConversationKind CLARIFICATION = new ConversationKind("clarification", 18, null, false);
    /** Oppfølgingssamtale: repeated conversations over weeks, at any age; voluntary. */
    public static final ConversationKind FOLLOW_UP = new ConversationKind("follow-up", null, null, false);

    public boolean allowsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /** The ages in words, for error details: "17 or younger", "18 or older", "any age". */
    public String ages() {
        if (minAge == null && maxAge == null) {
            return "any age";
        } else if (minAge == null) {
            return maxAge + " or younger";
        } else if (maxAge == null) {
            return minAge + " or older";
        }
        return minAge + " to " + maxAge;
    }
}
