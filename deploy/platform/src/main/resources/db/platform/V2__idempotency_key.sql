-- A caller's Idempotency-Key for a creating POST (platform IdempotencyKeys), scoped to the caller, with a
-- hash of the body so a reused key with a different request is refused instead of silently answered.
CREATE TABLE IF NOT EXISTS idempotency_key (
    actor        VARCHAR(200) NOT NULL,
    key          VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    resource_id  UUID         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, key)
);
