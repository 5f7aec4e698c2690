-- Read model for GET /concerns: written only by ConcernViewProjection, in the same
-- transaction as the events it reflects, so a client reads its own writes.
CREATE TABLE concern_view (
    concern_id    UUID         PRIMARY KEY,
    version       BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    category      VARCHAR(32)  NOT NULL,
    source        VARCHAR(32)  NOT NULL,
    summary       TEXT         NOT NULL,
    subject_name  VARCHAR(200) NOT NULL,
    birth_date    DATE         NOT NULL,
    municipality  VARCHAR(100) NOT NULL,
    assignee      VARCHAR(200),
    triage        VARCHAR(32),
    received_at   TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX concern_view_status ON concern_view (status, received_at);
CREATE INDEX concern_view_assignee ON concern_view (assignee, received_at);
