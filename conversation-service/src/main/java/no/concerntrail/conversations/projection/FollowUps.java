package no.concerntrail.conversations.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.conversations.domain.Measure;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.jdbc.JsonColumns;

/**
 * The agreed ways forward that still wait for their follow-up: so nothing agreed is forgotten. A follow-up
 * is met once a later conversation about the same concern is held; one of a closed concern is not due.
 */
@Singleton
public class FollowUps {

    private static final TypeReference<List<Measure>> MEASURES = new TypeReference<>() {
    };

    private final Jdbc jdbc;

    /** A follow-up that is due: which conversation agreed it, about which concern, when, and what was agreed. */
    public record FollowUp(UUID conversationId, UUID concernId, LocalDate dueDate, Instant heldAt,
                           List<Measure> measures) {
    }

    @Inject
    public FollowUps(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * Open follow-ups due before {@code day} (overdue ones included), the longest overdue first, of the concerns the
     * caller may see: their district's and those assigned to them.
     */
    public List<FollowUp> dueBefore(String callersDistrict, String caller, LocalDate day, int limit) {
        return jdbc.query("""
                SELECT f.conversation_id, f.concern_id, f.due_date, f.held_at, f.measures
                FROM follow_up f JOIN known_concern k ON k.concern_id = f.concern_id
                WHERE f.met_by IS NULL AND f.due_date < ? AND k.status <> 'CLOSED'
                  AND (k.district = ? OR k.assignee = ?)
                ORDER BY f.due_date, f.held_at, f.conversation_id LIMIT ?""",
                row -> new FollowUp(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, LocalDate.class), row.getTimestamp(4).toInstant(), JsonColumns.read(row.getString(5), MEASURES, "follow_up.measures")),
                day, callersDistrict, caller, limit);
    }

    /** A conversation held about the concern meets the follow-ups agreed in the conversations held before it. */
    void meet(UUID concernId, UUID heldConversationId, Instant startedAt) {
        jdbc.update("UPDATE follow_up SET met_by = ? WHERE concern_id = ? AND met_by IS NULL AND held_at < ?",
                heldConversationId, concernId, startedAt);
    }

    /** The measures agreed were about the person: once their concern is erased, what stays is that a follow-up was due. */
    void erase(UUID conversationId) {
        jdbc.update("UPDATE follow_up SET measures = '[]'::jsonb WHERE conversation_id = ?", conversationId);
    }

    /** Already met when a conversation about the concern that started later was recorded first. */
    void agree(UUID conversationId, UUID concernId, LocalDate dueDate, Instant heldAt, List<Measure> measures) {
        jdbc.update("""
                INSERT INTO follow_up (conversation_id, concern_id, due_date, held_at, measures, met_by)
                VALUES (?, ?, ?, ?, ?::jsonb, (SELECT later.conversation_id FROM conversation_view later
                  WHERE later.concern_id = ? AND later.status = 'HELD'
                    AND (later.document->'held'->>'startedAt')::timestamptz > ?
                  ORDER BY (later.document->'held'->>'startedAt')::timestamptz LIMIT 1))""",
                conversationId, concernId, dueDate, heldAt, JsonColumns.write(measures), concernId, heldAt);
    }
}
