-- Stored events the publication can never map to the published contract (a payload this version cannot read, a
-- mapping that fails), parked so the events behind them keep flowing (platform UnpublishedEvents). Where the event
-- is in the event store, never what it says; an operator retries it after a fix, from the event store.
CREATE TABLE IF NOT EXISTS unpublished_event (
    id                   BIGSERIAL    PRIMARY KEY,
    global_index         BIGINT       NOT NULL UNIQUE,
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    reason               VARCHAR(500) NOT NULL,
    parked_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- a consumed record is parked once, however often it is retried
CREATE UNIQUE INDEX IF NOT EXISTS parked_event_record ON parked_event (topic, kafka_partition, kafka_offset);
