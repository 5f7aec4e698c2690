package no.concerntrail.conversations.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.jdbc.JsonColumns;

/** The conversation_view table: read by the API, written only by {@link ConversationProjection}. */
@Singleton
public class ConversationViews {

    private final Jdbc jdbc;

    @Inject
    public ConversationViews(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<ConversationView> find(UUID conversationId) {
        return jdbc.queryOne("SELECT document FROM conversation_view WHERE conversation_id = ?",
                row -> JsonColumns.read(row.getString(1), ConversationView.class, "conversation_view.document"), conversationId);
    }

    /** A concern's conversations, by planned time. */
    /** The ids of the concern's conversations. */
    public List<UUID> idsOf(UUID concernId) {
        return jdbc.query("SELECT conversation_id FROM conversation_view WHERE concern_id = ?",
                row -> row.getObject(1, UUID.class), concernId);
    }

    public List<ConversationView> ofConcern(UUID concernId) {
        return jdbc.query("SELECT document FROM conversation_view WHERE concern_id = ? "
                + "ORDER BY planned_start, conversation_id", row -> JsonColumns.read(row.getString(1), ConversationView.class, "conversation_view.document"), concernId);
    }

    void insert(ConversationView view) {
        jdbc.update("INSERT INTO conversation_view (conversation_id, concern_id, status, planned_start, version, document) "
                        + "VALUES (?, ?, ?, ?, ?, ?::jsonb)", view.conversationId(), view.concernId(),
                view.status().name(), view.plannedStart(), view.version(), JsonColumns.write(view));
    }

    void replace(ConversationView view) {
        jdbc.update("UPDATE conversation_view SET status = ?, planned_start = ?, version = ?, document = ?::jsonb "
                        + "WHERE conversation_id = ?",
                view.status().name(), view.plannedStart(), view.version(), JsonColumns.write(view), view.conversationId());
    }
}
