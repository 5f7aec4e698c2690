package no.concerntrail.cases.api;

import java.time.Instant;

/** One stored event of a concern, as GET /concerns/{id}/history shows it: police eyes only. */
public record HistoryEntry(long sequence, String type, Instant at, String actor, Object data) {
}
