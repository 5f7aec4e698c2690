-- The usage log of personal data (who read which concern (by its conversations), when, how): kept one to three years,
-- purged by AccessLogRetention. Only ever appended to and purged by age.
CREATE TABLE personal_data_access (
    id         BIGSERIAL    PRIMARY KEY,
    at         TIMESTAMPTZ  NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    action     VARCHAR(64)  NOT NULL,
    concern_id UUID         NOT NULL
);

CREATE INDEX personal_data_access_concern ON personal_data_access (concern_id, at);
CREATE INDEX personal_data_access_at ON personal_data_access (at);
