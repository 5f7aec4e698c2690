-- What conversation-service knows of each concern, from concerntrail.case.events: enough to refuse a
-- conversation for an unknown or closed concern, to tell a minor from an adult, and for a held conversation's
-- outcome to be one case-service can apply (the concern's level, whether a case worker is assigned).
-- IF NOT EXISTS: on databases from before V7, the retired V3 and V6 made this very table.
CREATE TABLE IF NOT EXISTS known_concern (
    concern_id         UUID        PRIMARY KEY,
    status             VARCHAR(16) NOT NULL,
    subject_birth_date DATE        NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    level              VARCHAR(16),
    assigned           BOOLEAN     NOT NULL DEFAULT FALSE
);
