package no.concerntrail.conversations.domain;

/** One agreed measure of the way forward (veien videre) and who is responsible for it. */
public record Measure(String description, String responsible) {
}
