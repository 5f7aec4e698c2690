package no.concerntrail.referrals.partner;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every field a partner event can carry beyond its envelope, with its JSON path in the event's body. The envelope
 * (the referral id, the agency, the status and the time; the CloudEvents type) is always there.
 *
 * <p>Deliberately absent, so no policy can ever grant them: the concern id and the conversation id (they would tie
 * the partner's record to the police's intelligence case and to what was said in the conversation), the concern's
 * category, level and summary, the reporter, the conversation notes, the credibility assessment and the risk and
 * protective factors (intelligence and assessments of a person, which never leave the police), other agencies'
 * referrals (each partner learns only of its own), the police's withdrawal reason (the police's own judgement), the
 * records of telling the subject and of deferring it (the reason for a deferral is about the prevention work), the
 * provision's configured id (the citation is what the partner needs) and who in the police did what (the police
 * contact is the one person the partner talks to).
 */
public enum PartnerField {
    SUBJECT_NAME("subject.name"),
    SUBJECT_BIRTH_DATE("subject.birthDate"),
    SUBJECT_CONTACT("subject.contact"),
    /** A minor's guardians: name, relation and contact. */
    GUARDIANS("subject.guardians"),
    /** Purpose-bound: only under consent or a duty whose provision covers help needs. */
    HELP_NEEDS("helpNeeds"),
    /** Purpose-bound like the help needs: the officer's message is about them. */
    MESSAGE("message"),
    POLICE_CONTACT("policeContact"),
    /**
     * The kind of basis; for a duty or an exception the provision's citation; for consent who gave it (the subject
     * or the guardians, never their names), when and how. The partner needs it to process the data lawfully itself.
     */
    LEGAL_BASIS("legalBasis"),
    /** The partner's own reason for declining, on its own decline: its own words, not a police disclosure. */
    DECLINE_REASON("reason"),
    /** The partner's own note on completing, on its own completion. */
    COMPLETION_NOTE("note");

    private final String path;

    PartnerField(String path) {
        this.path = path;
    }

    /** The field's JSON path in the partner event's body, dot-separated, e.g. {@code subject.name}. */
    public String path() {
        return path;
    }

    /** How configuration names it, e.g. {@code subject-birth-date}. */
    public String configName() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Help needs and the message leave only under consent or a duty that covers them (purpose binding). */
    public boolean purposeBound() {
        return this == HELP_NEEDS || this == MESSAGE;
    }

    /**
     * The partner's own answers: they go back on the partner's own answer events whatever the basis, because they
     * disclose nothing of the police's; no policy grants or withholds them.
     */
    public boolean partnersOwn() {
        return this == DECLINE_REASON || this == COMPLETION_NOTE;
    }

    public static Optional<PartnerField> named(String configName) {
        return Arrays.stream(values()).filter(field -> field.configName().equals(configName)).findFirst();
    }

    /** The names a policy may list, for an error message. */
    static String grantable() {
        return Arrays.stream(values()).filter(field -> !field.partnersOwn()).map(PartnerField::configName)
                .collect(Collectors.joining(", "));
    }
}
