-- The CloudEvents a consumer has handled (platform ProcessedEvents): Kafka delivers at least once, and
-- claiming the ce_id in the transaction of the event's effects makes each event take effect once.
CREATE TABLE IF NOT EXISTS processed_event (
    ce_id        VARCHAR(200) PRIMARY KEY,
    ce_type      VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
