-- Read models, written only by ConversationProjection in the transaction that appends the events.

-- GET /conversations/{id} and /concerns/{id}/conversations: the whole conversation as one document,
-- with the columns that are queried by alongside. version = the sequence number of its last event.
CREATE TABLE conversation_view (
    conversation_id UUID        PRIMARY KEY,
    concern_id      UUID        NOT NULL,
    status          VARCHAR(16) NOT NULL,
    planned_start   TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    document        JSONB       NOT NULL
);

CREATE INDEX conversation_view_concern ON conversation_view (concern_id, planned_start);

-- GET /follow-ups: the agreed way forward of each held conversation, until a later conversation
-- about the same concern is held (met_by).
CREATE TABLE follow_up (
    conversation_id UUID        PRIMARY KEY,
    concern_id      UUID        NOT NULL,
    due_date        DATE        NOT NULL,
    held_at         TIMESTAMPTZ NOT NULL,
    measures        JSONB       NOT NULL,
    met_by          UUID
);

CREATE INDEX follow_up_open ON follow_up (due_date) WHERE met_by IS NULL;
CREATE INDEX follow_up_concern ON follow_up (concern_id) WHERE met_by IS NULL;
