package no.concerntrail.cases.analytics;

import java.time.Instant;

/**
 * What the analysts' history carries of case-service's events (contract v1 on {@code concerntrail.analytics.events},
 * {@code no.concerntrail.analytics.<Name>.v1}): the concern by its key, the person by a pseudonym, the age in whole
 * years at the event instead of a birth date; districts, municipalities and the concern's categories, levels and
 * outcomes as they are. Names, identity numbers, the reporter, officers' names and every free text (summaries,
 * reasons, where someone was signposted) have no field here: they are not left out, they were never in.
 *
 * <p>Every record has {@code concern} (its key), {@code keys} (the name of the secret the keys were made under: a new
 * one starts new keys), {@code age} (null when the birth date is not known) and {@code at}.
 */
public final class AnalyticsEvents {

    private AnalyticsEvents() {
    }

    /** @param person the person's pseudonym, the same in every concern about them */
    public record ConcernReceived(String concern, String keys, String person, Integer age, String district,
                                  String municipality, String source, String category, String level, Instant at) {
    }

    public record ConcernTriaged(String concern, String keys, Integer age, String outcome, String status, Instant at) {
    }

    /** That it was assigned; to whom is an officer's name, which stays with the police. */
    public record ConcernAssigned(String concern, String keys, Integer age, Instant at) {
    }

    /** @param cause the key of the conversation that caused it; null for a case worker's own judgement */
    public record ConcernRaised(String concern, String keys, Integer age, String from, String to, String cause,
                                Instant at) {
    }

    /** @param cause the key of the conversation that caused it; null for a case worker's own judgement */
    public record ConcernLowered(String concern, String keys, Integer age, String from, String to, String cause,
                                 Instant at) {
    }

    public record ConcernClosed(String concern, String keys, Integer age, Instant at) {
    }

    public record ConcernReopened(String concern, String keys, Integer age, String status, Instant at) {
    }

    public record ConcernTransferred(String concern, String keys, Integer age, String from, String to, Instant at) {
    }
}
