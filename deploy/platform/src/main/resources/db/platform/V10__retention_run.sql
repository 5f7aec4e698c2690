-- What the retention deadlines erased (platform retention.Retention): which rule, under which cutoff, how many rows,
-- when, and who ran it (the schedule, or an operator's subject); never what the rows held. Append-only for the
-- runtime role (platform PlatformSchema.grant).
CREATE TABLE IF NOT EXISTS retention_run (
    id      BIGSERIAL    PRIMARY KEY,
    rule    VARCHAR(100) NOT NULL,
    cutoff  TIMESTAMPTZ  NOT NULL,
    erased  INTEGER      NOT NULL,
    run_by  VARCHAR(200) NOT NULL,
    at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
