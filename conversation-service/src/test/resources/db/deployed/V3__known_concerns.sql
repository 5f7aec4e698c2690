-- What conversation-service knows of each concern, from concerntrail.case.events: enough to refuse a
-- conversation for an unknown or closed concern and to tell a minor from an adult.
CREATE TABLE known_concern (
    concern_id         UUID        PRIMARY KEY,
    status             VARCHAR(16) NOT NULL,
    subject_birth_date DATE        NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);

-- The ce_ids of consumed events, claimed in the transaction of their effects: exactly-once effects
-- on top of Kafka's at-least-once delivery.
CREATE TABLE processed_event (
    ce_id        VARCHAR(200) PRIMARY KEY,
    ce_type      VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
