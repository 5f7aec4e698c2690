-- Consumed events that failed for a reason that will not pass (a value the database refuses), parked so the
-- events behind them keep flowing (platform ParkedEvents). Where the record is, never what it says: the reason
-- names the failure's kind, not the data, and the record itself stays on its topic to be retried from there.
CREATE TABLE IF NOT EXISTS parked_event (
    id              BIGSERIAL    PRIMARY KEY,
    ce_id           VARCHAR(200) NOT NULL,
    ce_type         VARCHAR(200) NOT NULL,
    topic           VARCHAR(249) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    kafka_offset    BIGINT       NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    parked_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
