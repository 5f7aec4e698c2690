package no.concerntrail.conversations.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.jdbc.Jdbc;

/** The conversation_view table: read by the API, written only by {@link ConversationProjection}. */
@Singleton
public class ConversationViews {

    private final Jdbc jdbc;
    private final ObjectMapper json = ContractJson.mapper();

    @Inject
    public ConversationViews(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<ConversationView> find(UUID conversationId) {
        return jdbc.queryOne("SELECT document FROM conversation_view WHERE conversation_id = ?",
                row -> read(row.getString(1)), conversationId);
    }

    /** A concern's conversations, by planned time. */
    public List<ConversationView> ofConcern(UUID concernId) {
        return jdbc.query("SELECT document FROM conversation_view WHERE concern_id = ? "
                + "ORDER BY planned_start, conversation_id", row -> read(row.getString(1)), concernId);
    }

    void insert(ConversationView view) {
        jdbc.update("INSERT INTO conversation_view (conversation_id, concern_id, status, planned_start, version, document) "
                        + "VALUES (?, ?, ?, ?, ?, ?::jsonb)", view.conversationId(), view.concernId(),
                view.status().name(), view.plannedStart(), view.version(), write(view));
    }

    void replace(ConversationView view) {
        jdbc.update("UPDATE conversation_view SET status = ?, planned_start = ?, version = ?, document = ?::jsonb "
                        + "WHERE conversation_id = ?",
                view.status().name(), view.plannedStart(), view.version(), write(view), view.conversationId());
    }

    private ConversationView read(String document) {
        try {
            return json.readValue(document, ConversationView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable conversation_view document", e);
        }
    }

    private String write(ConversationView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the conversation view", e);
        }
    }
}
