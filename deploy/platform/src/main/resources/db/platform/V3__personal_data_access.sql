-- The usage log of personal data (platform AccessLog: who read which concern's data, when, how): kept one
-- to three years, purged by AccessLogRetention. Only ever appended to and purged by age.
CREATE TABLE IF NOT EXISTS personal_data_access (
    id         BIGSERIAL    PRIMARY KEY,
    at         TIMESTAMPTZ  NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    action     VARCHAR(64)  NOT NULL,
    concern_id UUID         NOT NULL
);

CREATE INDEX IF NOT EXISTS personal_data_access_concern ON personal_data_access (concern_id, at);
CREATE INDEX IF NOT EXISTS personal_data_access_at ON personal_data_access (at);
