package no.concerntrail.platform.rules;

/**
 * The rule every command of every service has, {@code required-field}, and its checks: one definition that each
 * service's rule book lists beside its own rules.
 */
public final class RequiredField {

    public static final NamedRule RULE = NamedRule.unprocessable("required-field",
            "A field the command needs is missing or blank; the detail names it.");

    private RequiredField() {
    }

    /** {@code value}, unless it is missing: then the command is refused, naming {@code field}. */
    public static <T> T required(T value, String field) {
        return RULE.present(value, field);
    }

    /** {@code value}, unless it is missing or blank: then the command is refused, naming {@code field}. */
    public static String requiredText(String value, String field) {
        return RULE.text(value, field);
    }

    public static boolean hasText(String value) {
        return NamedRule.hasText(value);
    }

    /** Free text as it is stored: a blank one is no text at all. */
    public static String blankToNull(String text) {
        return hasText(text) ? text : null;
    }
}
